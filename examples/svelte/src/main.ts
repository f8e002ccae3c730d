// Register the tags before Svelte first renders them: Svelte then sets `meetings` and `limit` as properties.
import 'recovery-widgets/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
