// `.vue` imports for tsc (the single-file components themselves are compiled by @vitejs/plugin-vue).
declare module '*.vue' {
  import type {DefineComponent} from 'vue';
  const component: DefineComponent;
  export default component;
}
