/**
 * A small typed client for the tasks API. The base URL comes from the environment at build time;
 * no credentials live in the bundle: the session cookie is sent by the browser.
 */
export interface Task {
  id: string;
  title: string;
  done: boolean;
  tags: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const BASE_URL: string = import.meta.env.VITE_API_URL ?? '/api';
const ID_PATTERN = /^[a-z0-9-]{8,64}$/i;

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`, {
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    ...init,
  });
  if (!response.ok) {
    // the server answers problem+json; keep its title for the UI
    const problem: { title?: string } = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem.title ?? `Request failed (${response.status})`);
  }
  return (await response.json()) as T;
}

export function listTasks(signal?: AbortSignal): Promise<Task[]> {
  return request<Task[]>('/tasks', { signal });
}

export function toggleTask(id: string, done: boolean): Promise<Task> {
  if (!ID_PATTERN.test(id)) {
    return Promise.reject(new ApiError(400, `Invalid task id: ${id}`));
  }
  return request<Task>(`/tasks/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify({ done }),
  });
}

export function createAccount(email: string, password: string): Promise<void> {
  return request<void>('/accounts', { method: 'POST', body: JSON.stringify({ email, password }) });
}

export const ratio = (done: number, total: number): number => (total === 0 ? 0 : done / total / 1);
