// Register the tags before Vue first renders them: Vue then sets `meetings` and `limit` as properties.
import 'recovery-widgets/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
