/**
 * The docs pages' reference tables, from custom-elements.json: attributes, properties, methods, events,
 * slots, CSS custom properties and CSS parts of each element.
 *
 * Storybook's own reading of the manifest keys every row by its bare name, so a part named like an
 * attribute (`section` in <twin-report-summary>) replaces the attribute's row; it drops the default
 * slot (its name is ""), lists private and protected fields as properties with controls, and shows an
 * attribute and its property (`max-events`, `maxEvents`) as two rows. Here every row has a key of its
 * own: an attribute is keyed by its property, which is what the stories' args are named after, so the
 * attribute rows are also the controls.
 */
import type {ArgTypes, Preview} from '@storybook/web-components-vite';

interface Typed {
  name: string;
  description?: string;
  type?: {text?: string};
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Typed[];
  return?: {type?: {text?: string}};
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Partial<Typed>[];
  slots?: Typed[];
  cssProperties?: Typed[];
  cssParts?: Typed[];
}
export interface Manifest {
  modules: Array<{declarations?: Declaration[]}>;
}

/** The categories in the order the tables show them (Storybook's own names for them). */
export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties',
  methods: 'methods',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

export function declarationOf(manifest: unknown, tagName: string): Declaration | undefined {
  return (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
}

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined unless every part is a string literal (or undefined). */
function literals(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.length === 0 || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

function sbType(text: string | undefined): ArgTypes[string]['type'] {
  const values = literals(text);
  if (values) return {name: 'enum', value: values};
  if (text === 'number' || text === 'boolean') return {name: text};
  return {name: 'string'};
}

/** A row's table entry; without a type the row shows nothing there (rather than a "-"). */
function table(category: string, type: string | undefined, defaultValue: string | undefined) {
  return {
    category,
    type: {summary: type},
    ...(defaultValue !== undefined ? {defaultValue: {summary: defaultValue}} : {}),
  };
}

/** The element's reference, keyed so that no category hides another's row. */
export function argTypesFromManifest(manifest: unknown, tagName: string): ArgTypes {
  const d = declarationOf(manifest, tagName);
  if (!d) return {};
  const out: ArgTypes = {};
  const attributeFields = new Set<string>();

  for (const a of d.attributes ?? []) {
    const key = a.fieldName ?? a.name;
    attributeFields.add(key);
    const property = a.fieldName && a.fieldName !== a.name ? `\n\nProperty: \`${a.fieldName}\`.` : '';
    out[key] = {
      name: a.name,
      description: `${a.description ?? ''}${property}`,
      type: sbType(a.type?.text),
      table: table(CATEGORIES.attributes, a.type?.text, a.default),
    };
  }

  const publicMembers = (d.members ?? []).filter(
    (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
  );
  for (const m of publicMembers.filter((m) => m.kind === 'field' && !attributeFields.has(m.name))) {
    out[`property:${m.name}`] = {
      name: m.name,
      description: `${m.description ?? ''}${m.readonly ? '\n\nRead-only.' : ''}`,
      control: false,
      table: table(CATEGORIES.properties, m.type?.text, m.default),
    };
  }
  for (const m of publicMembers.filter((m) => m.kind === 'method')) {
    const params = (m.parameters ?? []).map((p) => (p.type?.text ? `${p.name}: ${p.type.text}` : p.name)).join(', ');
    out[`method:${m.name}`] = {
      name: `${m.name}()`,
      description: m.description ?? '',
      control: false,
      table: table(CATEGORIES.methods, `(${params}) => ${m.return?.type?.text ?? 'void'}`, undefined),
    };
  }
  // The analyzer also records a `dispatchEvent(new TwinErrorEvent(...))` it cannot name: rows need a name.
  for (const e of (d.events ?? []).filter((e): e is Typed => Boolean(e.name))) {
    out[`event:${e.name}`] = {
      name: e.name,
      description: e.description ?? '',
      control: false,
      table: table(CATEGORIES.events, e.type?.text, undefined),
    };
  }
  for (const s of d.slots ?? []) {
    const name = s.name === '' ? '(default)' : s.name;
    out[`slot:${name}`] = {
      name,
      description: s.description ?? '',
      control: false,
      table: table(CATEGORIES.slots, undefined, undefined),
    };
  }
  for (const p of d.cssProperties ?? []) {
    out[`css-property:${p.name}`] = {
      name: p.name,
      description: p.description ?? '',
      control: false,
      table: table(CATEGORIES.cssProperties, undefined, p.default),
    };
  }
  for (const p of d.cssParts ?? []) {
    const selector = `${tagName}::part(${p.name})`;
    out[`css-part:${p.name}`] = {
      name: p.name,
      description: p.description ?? '',
      control: false,
      table: table(CATEGORIES.cssParts, selector, undefined),
    };
  }
  return out;
}

/** What the toolbars set, for the rows of the attributes they stand for. */
const TOOLBAR: Record<string, string> = {lang: 'Language', theme: 'Theme'};

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * A control only where it drives the element: an attribute row keeps its control when the story has
 * an arg of that name (its render sets the attribute from it); `lang` and `theme` say which toolbar
 * sets them here.
 */
export const attributeControlsFromArgs: Enhancer = ({argTypes, initialArgs}) => {
  const out: ArgTypes = {...argTypes};
  for (const [key, argType] of Object.entries(argTypes)) {
    if (argType?.table?.category !== CATEGORIES.attributes || key in initialArgs) continue;
    const toolbar = TOOLBAR[key];
    out[key] = {
      ...argType,
      control: false,
      ...(toolbar
        ? {description: `${argType.description ?? ''}\n\nIn this Storybook: the ${toolbar} menu of the toolbar.`}
        : {}),
    };
  }
  return out;
};
