import { Fragment } from 'react';
import type { Task } from '../api/client';

interface TodoListProps {
  tasks: Task[];
  onToggle: (task: Task) => void;
}

/** Renders tasks grouped by their first tag; keys come from the data, never the index. */
export function TodoList({ tasks, onToggle }: TodoListProps) {
  const groups = new Map<string, Task[]>();
  for (const task of tasks) {
    const tag = task.tags[0] ?? 'untagged';
    groups.set(tag, [...(groups.get(tag) ?? []), task]);
  }

  if (tasks.length === 0) {
    return <p className="empty">Nothing here: add a task above, or clear the search.</p>;
  }

  return (
    <dl className="groups">
      {[...groups.entries()].map(([tag, items]) => (
        <Fragment key={tag}>
          <dt>{tag}</dt>
          <dd>
            <ul>
              {items.map((task) => {
                const label = task.done ? `Mark "${task.title}" as not done` : `Mark "${task.title}" as done`;
                return (
                  <li
                    key={task.id}
                    className={task.done ? 'line-through opacity-60' : undefined}
                  >
                    <button type="button" aria-label={label} onClick={() => onToggle(task)}>
                      <CheckIcon done={task.done} />
                    </button>
                    <span>{task.title}</span>
                    <img src={`/avatars/${task.id}.png`} alt="" width={16} height={16} />
                  </li>
                );
              })}
            </ul>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function CheckIcon({ done }: { done: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className={done ? 'text-green-600' : 'text-gray-400'}>
      <path d="M3 8l3 3 7-7" fill="none" stroke="currentColor" />
    </svg>
  );
}
