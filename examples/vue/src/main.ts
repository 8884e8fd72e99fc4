import { createApp, h } from 'vue';
import { CookieGate } from 'cookiegate/vue';
import config from '../cookiegate.json';
import App from './App.vue';

// <CookieGate> starts cookiegate once the app is mounted (never on a server): it reads the stored choice, shows the
// built-in banner when there is none, and gates every `data-category` element Vue renders later.
createApp({ render: () => h(CookieGate, { config }, () => h(App)) }).mount('#app');
