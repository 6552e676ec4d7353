import { useState } from 'preact/hooks';

// One key for every page, so the token typed on one is there on the others for the session.
const TOKEN_KEY = 'bloc.token';

/** The write token, kept for the browser session: its value and its setter. */
export function useToken(): [string, (v: string) => void] {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  return [
    token,
    (v: string) => {
      setToken(v);
      sessionStorage.setItem(TOKEN_KEY, v);
    },
  ];
}

/** The labelled password field for the write token that every writing form shows. */
export function TokenField({ token, onToken, required }: { token: string; onToken: (v: string) => void; required?: boolean }) {
  return (
    <label>
      Write token
      <input
        type="password"
        name="token"
        autocomplete="off"
        value={token}
        onInput={(e) => onToken((e.target as HTMLInputElement).value)}
        required={required}
      />
    </label>
  );
}
