// The Vue page (demo/vue.html): the kit's elements are registered before Vue mounts, so that Vue finds
// their properties (`data`, `partner`, `view`...) on them from the first render.
import '../../src/event-calendar/define.js';
import '../../src/partner-map/define.js';
import '../../src/delegation-list/define.js';
import {createApp} from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
