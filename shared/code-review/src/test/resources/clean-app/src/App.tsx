import { useEffect, useState } from 'react';
import { listTasks, toggleTask, type Task } from './api/client';
import { TodoList } from './components/TodoList';
import { SignupForm } from './components/SignupForm';

type Status = 'idle' | 'loading' | 'error';

export default function App() {
  const [tasks, setTasks] = useState<Task[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [query, setQuery] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    listTasks(controller.signal)
      .then((loaded) => {
        setTasks(loaded);
        setStatus('idle');
      })
      .catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) {
          console.error('Could not load tasks', error);
          setStatus('error');
        }
      });
    return () => controller.abort();
  }, []);

  const visible = tasks.filter((t) => t.title.toLowerCase().includes(query.trim().toLowerCase()));

  async function onToggle(task: Task) {
    const updated = await toggleTask(task.id, !task.done);
    setTasks((current) => current.map((t) => (t.id === updated.id ? updated : t)));
  }

  return (
    <main className="mx-auto max-w-2xl p-6">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Today's tasks</h1>
        <a href="https://github.com/acme/tasks" target="_blank" rel="noopener noreferrer">
          Source (GitHub)
        </a>
      </header>
      <label htmlFor="task-search" className="sr-only">
        Search tasks
      </label>
      <input
        id="task-search"
        type="search"
        value={query}
        placeholder="Search…"
        onChange={(e) => setQuery(e.target.value)}
      />
      {status === 'loading' && <p role="status">Loading…</p>}
      {status === 'error' && <p role="alert">We couldn't load your tasks. Try again?</p>}
      <TodoList tasks={visible} onToggle={onToggle} />
      <SignupForm />
    </main>
  );
}
