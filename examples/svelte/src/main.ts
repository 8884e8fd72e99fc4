import { mount } from 'svelte';
import { init } from 'cookiegate';
import config from '../cookiegate.json';
import App from './App.svelte';

// Once, before the app mounts: reads the stored choice, shows the built-in banner when there is none, and from now on
// gates every `data-category` element, including those Svelte renders later.
init(config);

mount(App, { target: document.getElementById('app')! });
