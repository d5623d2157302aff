import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startupFromLocation } from './workbench/startup';
import './styles/app.css';

// An inline icon, so the browser does not ask the host for /favicon.ico (offline, no stray 404).
const icon = document.createElement('link');
icon.rel = 'icon';
icon.href = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="#12151c"/><path d="M4 15c2.7-3.5 5.3-3.5 8 0s5.3 3.5 8 0" fill="none" stroke="#4c9aff" stroke-width="2.2" stroke-linecap="round"/><path d="M4 9c2.7-3.5 5.3-3.5 8 0s5.3 3.5 8 0" fill="none" stroke="#8f9bb3" stroke-width="2.2" stroke-linecap="round"/></svg>')}`;
document.head.appendChild(icon);

const startup = startupFromLocation(window.location.search);
if (startup.cleanedSearch !== window.location.search) {
  window.history.replaceState(null, '', `${window.location.pathname}${startup.cleanedSearch}${window.location.hash}`);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App initialSource={startup.source} />
    </StrictMode>,
  );
}
