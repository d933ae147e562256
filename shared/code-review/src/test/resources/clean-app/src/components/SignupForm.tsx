import { useId, useState, type FormEvent } from 'react';
import { createAccount } from '../api/client';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignupForm() {
  const emailId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [plan, setPlan] = useState<'free' | 'pro'>('free');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!EMAIL.test(email)) {
      setError('Please enter a valid email address.');
      return;
    }
    if (password.length < 8) {
      setError('Your password needs at least 8 characters.');
      return;
    }
    await createAccount(email, password);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <h2>Create an account</h2>
      <label htmlFor={emailId}>Email</label>
      <input
        id={emailId}
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label>
        Password
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <label>
        Plan
        <select value={plan} onChange={(e) => setPlan(e.target.value as 'free' | 'pro')}>
          <option value="free">Free</option>
          <option value="pro">Pro (€5/month)</option>
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">Sign up</button>
      <p>
        By signing up you accept the <a href="/terms">terms</a>. Questions?{' '}
        <a href="mailto:help@example.com">Email us</a>.
      </p>
    </form>
  );
}
