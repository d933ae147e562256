import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import './index.css';

// createRoot replaces the legacy ReactDOM.render(<App />, root) API
const container = document.getElementById('root');
if (!container) {
  throw new Error("Couldn't find the #root element in index.html");
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
