/** Why a feed has a problem, in Russian. Each reason follows the JSON path and the quoted value. */
import {formatPath} from '../paths.js';
import type {SchemaMessageKey} from '../../../data-schema/messages.js';
import type {ItemKind, JsonType, PastDate} from '../reasons.js';
import type {ReasonTexts} from './say.js';

const THEN = '; ';

/** «должно быть числом, а не строкой»: the instrumental case. */
const TYPE_INS: Record<JsonType, string> = {
  string: 'строкой',
  number: 'числом',
  int: 'целым числом',
  boolean: 'true или false',
  object: 'объектом',
  array: 'списком',
  null: 'null',
};

/** «такого города нет в ленте». */
const NO_SUCH: Record<ItemKind, string> = {
  city: 'такого города',
  category: 'такой категории',
  event: 'такого мероприятия',
  delegation: 'такой делегации',
  report: 'такого отчёта',
  partnership: 'такого партнёрства',
};

/** «этот ID уже занят другим городом». */
const BY_ANOTHER: Record<ItemKind, string> = {
  city: 'другим городом',
  category: 'другой категорией',
  event: 'другим мероприятием',
  delegation: 'другой делегацией',
  report: 'другим отчётом',
  partnership: 'другим партнёрством',
};

/** «мероприятие с этим ID уже есть...», «это мероприятие 2020 года». */
const NOM: Record<ItemKind, string> = {
  city: 'город',
  category: 'категория',
  event: 'мероприятие',
  delegation: 'делегация',
  report: 'отчёт',
  partnership: 'партнёрство',
};

/** «такой же ID есть у города». */
const GEN: Record<ItemKind, string> = {
  city: 'города',
  category: 'категории',
  event: 'мероприятия',
  delegation: 'делегации',
  report: 'отчёта',
  partnership: 'партнёрства',
};

/** «слишком далеко в будущем для ...». */
const FOR_PAST: Record<PastDate, string> = {
  since: 'партнёрства, которое уже началось',
  until: 'партнёрства, которое уже прекращено или приостановлено',
  award: 'уже полученной награды',
  report: 'отчёта о прошедшем годе',
  updated: 'даты последнего обновления ленты',
};

const SCHEMA: Record<SchemaMessageKey, string> = {
  lang: 'должно быть языковым тегом BCP 47, например "ru", "en" или "zh-Hans"',
  id: 'должно быть ID из латинских букв, цифр и знаков ".", "_", ":" или "-" (не длиннее 128 символов)',
  textEmpty: 'не может быть пустым',
  textLong: 'длиннее 20\u00a0000 символов',
  country: 'должно быть кодом страны ISO 3166-1 alpha-2 из двух заглавных латинских букв, например "JP"',
  date: 'должно быть датой с той точностью, какая известна: "2021", "2021-07", "2021-07-15" или датой и временем со смещением от UTC, например "2021-07-15T10:00+10:00"',
  day: 'в этом месяце нет такого дня',
  dateOrUnknown: 'должно быть датой с той точностью, какая известна ("1991", "1991-02", "1991-02-14"), или "unknown"',
  link: 'должно быть ссылкой https:, http:, mailto: или tel:',
  linkLong: 'длиннее 2048 символов',
  citiesMin: 'должно содержать хотя бы один город',
  timeZone: 'должно быть часовым поясом IANA, например "Asia/Vladivostok"',
};

const ITEMS = {one: '{n} элемента', few: '{n} элементов', many: '{n} элементов', other: '{n} элемента'};
const CHARS = {one: '{n} символа', few: '{n} символов', many: '{n} символов', other: '{n} символа'};

export const RU: ReasonTexts = {
  lang: 'ru',
  then: THEN,
  required: () => 'обязательное поле',
  type: (r) => `должно быть ${TYPE_INS[r.expected]}, а не ${TYPE_INS[r.got]}`,
  oneOf: (r, s) =>
    r.values.length === 1
      ? `должно быть ${r.values[0]}`
      : `должно быть одним из значений: ${s.list(r.values, 'disjunction')}`,
  text: () =>
    'должно быть непустым текстом или объектом, в котором каждому языковому тегу соответствует непустой текст',
  minItems: (r, s) => `должно содержать не менее ${s.plural(r.n, ITEMS)}`,
  maxItems: (r, s) => `должно содержать не более ${s.plural(r.n, ITEMS)}`,
  minChars: (r, s) => `должно быть не короче ${s.plural(r.n, CHARS)}`,
  maxChars: (r, s) => `должно быть не длиннее ${s.plural(r.n, CHARS)}`,
  min: (r, s) => `должно быть не меньше ${s.n(r.n)}`,
  max: (r, s) => `должно быть не больше ${s.n(r.n)}`,
  langKey: () => 'содержит ключ, который не является языковым тегом (например, "ru", "en" или "zh-Hans")',
  invalid: () => 'здесь такое значение недопустимо',
  schema: (r) => SCHEMA[r.key],
  moreIssues: (r, s) =>
    s.plural(r.n, {
      one: 'и ещё {n} замечание к этому элементу',
      few: 'и ещё {n} замечания к этому элементу',
      many: 'и ещё {n} замечаний к этому элементу',
      other: 'и ещё {n} замечания к этому элементу',
    }),
  notLink: (r, s) => `${s.reason(r.inner)}${THEN}поэтому ссылка не показана`,

  notObject: (r) => `лента должна быть объектом JSON, а не ${TYPE_INS[r.got]}`,
  json: (r, s) =>
    `это некорректный JSON: текст обрывается или содержит ошибку (строка ${s.n(r.line)}, столбец ${s.n(r.column)})`,
  tooDeep: (r, s) =>
    `вложенность глубже ${s.plural(r.max, {one: '{n} уровня', few: '{n} уровней', many: '{n} уровней', other: '{n} уровня'})}${THEN}содержимое не учтено`,
  unsafeKey: () => `такой ключ недопустим${THEN}он не учтён`,
  newerVersion: (r, s) =>
    `новее, чем поддерживает эта версия Twinning Kit (${s.n(r.supported)})${THEN}лента прочитана как версия ${s.n(r.supported)}`,
  citiesRequired: () => 'обязательное поле (список городов)',
  notArray: (r) => `должно быть списком, а не ${TYPE_INS[r.got]}${THEN}содержимое не прочитано`,

  duplicateId: (r) => `этот ID уже занят ${BY_ANOTHER[r.kind]} выше в ленте${THEN}повтор пропущен`,
  unknownRef: (r) => `${NO_SUCH[r.kind]} нет в ленте${THEN}ссылка не учтена`,
  unknownPublisher: () => 'такого города нет в ленте',
  unknownPartner: () => `такого города нет в ленте${THEN}партнёрство пропущено`,
  duplicateAcrossFeeds: (r) =>
    `${NOM[r.kind]} с этим ID уже есть в одной из предыдущих лент${THEN}показан первый вариант`,
  notHome: (r) => `среди них нет основного города "${r.home}", поэтому запись не показана`,
  idReused: (r) =>
    `такой же ID есть у ${GEN[r.kind]} (${formatPath(r.at)})${THEN}у каждого элемента должен быть свой ID`,

  endBeforeStart: (r) => `раньше начала (${r.start})${THEN}дата окончания не учтена`,
  untilBeforeSince: (r) => `раньше начала партнёрства (${r.since})${THEN}эта дата окончания не учтена`,
  selfPartnership: () =>
    `это сам город, которому принадлежит лента, а город не может быть партнёром самому себе${THEN}партнёрство пропущено`,
  duplicatePartnership: (r) =>
    `повторяет партнёрство ${formatPath(r.at)} (тот же партнёр, тип и период)${THEN}повтор пропущен`,
  partyRepeated: () => `уже участвует в этом партнёрстве (как основной город или город-партнёр)${THEN}повтор не учтён`,
  unassignedCountry: (r) =>
    `такого кода страны нет в ISO 3166-1${r.suggest ? `${THEN}возможно, имелся в виду "${r.suggest}"?` : ''}`,
  futureDate: (r) => `слишком далеко в будущем для ${FOR_PAST[r.what]}`,
  // Years are names, not quantities: written as they are, without grouping.
  outsideReportYear: (r) => `это ${NOM[r.kind]} ${r.itemYear} года, а отчёт — за ${r.year} год`,
};

export default RU;
