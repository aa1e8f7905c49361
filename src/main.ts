import { mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import './app.css';
import './print.css';
import './projector.css';
import './pwa';
import App from './App.svelte';
import { macrotask } from './lib/util/time-slice';
import { prepareNumberFormats } from './lib/i18n/translate';

// ICU's locale tables, here rather than in the mount's task (see prepareNumberFormats).
prepareNumberFormats();
// The page mounts in a task of its own, after the one that runs the start-up modules (and
// starts MapLibre's worker): both in one task, with the layout the browser does when the
// document has been parsed, kept the page from answering for longer than either (issue 17).
// A message, not a timer or a frame, so nothing waits in between. (Not a top-level `await`:
// with one, the build no longer keeps an entry chunk, which `npm run size` reads.)
void macrotask().then(() => mount(App, { target: document.getElementById('app')! }));
