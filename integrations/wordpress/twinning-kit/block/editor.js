/* global wp */
// The block's editor: an inspector for every setting and, as the preview, the server's own rendering of
// the block (the live widget: the kit is loaded in the editor too). Plain script on WordPress's globals,
// no build step.
(function (blocks, element, blockEditor, components, i18n, ServerSideRender) {
  'use strict';
  const el = element.createElement;
  const __ = i18n.__;
  const {InspectorControls, useBlockProps} = blockEditor;
  const {PanelBody, SelectControl, TextControl} = components;

  const ELEMENTS = [
    {value: 'event-calendar', label: __('Event calendar', 'twinning-kit')},
    {value: 'partner-map', label: __('Partner map', 'twinning-kit')},
    {value: 'delegation-list', label: __('Delegation list', 'twinning-kit')},
    {value: 'report-summary', label: __('Annual report', 'twinning-kit')},
  ];
  const VIEWS = {
    'event-calendar': [
      {value: 'month', label: __('Month', 'twinning-kit')},
      {value: 'list', label: __('List', 'twinning-kit')},
      {value: 'year', label: __('Year', 'twinning-kit')},
    ],
    'partner-map': [
      {value: 'map', label: __('Map', 'twinning-kit')},
      {value: 'list', label: __('List', 'twinning-kit')},
    ],
  };
  const LANGUAGES = [
    {value: '', label: __('Default (settings, else the site’s language)', 'twinning-kit')},
    {value: 'en', label: 'English'},
    {value: 'ru', label: 'Русский'},
    {value: 'ja', label: '日本語'},
    {value: 'ko', label: '한국어'},
    {value: 'zh-Hans', label: '简体中文'},
  ];
  const THEMES = [
    {value: '', label: __('Default (the visitor’s system)', 'twinning-kit')},
    {value: 'light', label: __('Light', 'twinning-kit')},
    {value: 'dark', label: __('Dark', 'twinning-kit')},
  ];

  function Edit(props) {
    const a = props.attributes;
    const set = props.setAttributes;
    const views = VIEWS[a.element] || [];
    const controls = [
      el(SelectControl, {
        key: 'element',
        label: __('Widget', 'twinning-kit'),
        value: a.element,
        options: ELEMENTS,
        // A view belongs to one element: a calendar's "year" means nothing on the map.
        onChange: (value) => set({element: value, view: ''}),
      }),
      el(TextControl, {
        key: 'src',
        label: __('Feed URL', 'twinning-kit'),
        help: __('https://… or a path on this site. Empty: the default from Settings → Twinning Kit.', 'twinning-kit'),
        type: 'url',
        value: a.src,
        onChange: (value) => set({src: value.trim()}),
      }),
      el(SelectControl, {
        key: 'lang',
        label: __('Language', 'twinning-kit'),
        value: a.lang,
        options: LANGUAGES,
        onChange: (value) => set({lang: value}),
      }),
      el(TextControl, {
        key: 'partner',
        label: __('Partner city', 'twinning-kit'),
        help: __('A city id from the feed: show only what involves that partner. Empty: all.', 'twinning-kit'),
        value: a.partner,
        onChange: (value) => set({partner: value.trim()}),
      }),
    ];
    if (views.length) {
      controls.push(
        el(SelectControl, {
          key: 'view',
          label: __('View', 'twinning-kit'),
          value: a.view,
          options: [{value: '', label: __('Default (the widget chooses)', 'twinning-kit')}].concat(views),
          onChange: (value) => set({view: value}),
        }),
      );
    }
    controls.push(
      el(SelectControl, {
        key: 'theme',
        label: __('Colours', 'twinning-kit'),
        value: a.theme,
        options: THEMES,
        onChange: (value) => set({theme: value}),
      }),
    );
    controls.push(
      el(SelectControl, {
        key: 'headingLevel',
        label: __('Heading level', 'twinning-kit'),
        help: __(
          'The level of the widget’s own heading in the page’s outline (its parts follow below it).',
          'twinning-kit',
        ),
        value: a.headingLevel,
        options: [{value: '', label: __('Default (2)', 'twinning-kit')}].concat(
          ['1', '2', '3', '4', '5', '6'].map((level) => ({value: level, label: level})),
        ),
        onChange: (value) => set({headingLevel: value}),
      }),
    );
    return el(
      'div',
      useBlockProps(),
      el(InspectorControls, null, el(PanelBody, {title: __('Widget settings', 'twinning-kit')}, controls)),
      el(ServerSideRender, {block: 'twinning-kit/widget', attributes: a}),
    );
  }

  blocks.registerBlockType('twinning-kit/widget', {edit: Edit, save: () => null});
})(wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n, wp.serverSideRender);
