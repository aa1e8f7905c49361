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

const app = mount(App, { target: document.getElementById('app')! });

export default app;
