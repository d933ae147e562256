import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import App from './App';
import './styles/tokens.css';
import './styles/app.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element to render the app into');
}

// The v7 flags opt into React Router's next behaviour now, which also keeps its deprecation warnings out of the console.
// The basename is the path the build was made for (vite --base): "/" in development, the preview's path once built.
createRoot(container).render(
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
