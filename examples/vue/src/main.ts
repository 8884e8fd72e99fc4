import { createApp } from 'vue';
import { init } from 'cookiegate';
import config from '../cookiegate.json';
import App from './App.vue';

// Once, before the app mounts: reads the stored choice, shows the built-in banner when there is none, and from now on
// gates every `data-category` element, including those Vue renders later.
init(config);

createApp(App).mount('#app');
