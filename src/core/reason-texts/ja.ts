/** Why a feed has a problem, in Japanese. Each reason follows the JSON path and the quoted value. */
import {formatPath} from '../paths.js';
import type {SchemaMessageKey} from '../../../data-schema/messages.js';
import type {ItemKind, JsonType, PastDate} from '../reasons.js';
import type {ReasonTexts} from './say.js';

const THEN = '。';

/** 「文字列ではなく数値である必要があります」: a Latin name has a space on each side, as next to kana. */
const TYPE: Record<JsonType, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: ' true または false ',
  object: 'オブジェクト',
  array: 'リスト',
  null: ' null ',
};

const KIND: Record<ItemKind, string> = {
  city: '都市',
  category: '分野',
  event: '行事',
  delegation: '代表団',
  report: '報告書',
  partnership: '提携',
};

/** 「…としては、遠い未来の日付です」: what the date is, and whether it is a date or a year. */
const AS_PAST: Record<PastDate, [string, string]> = {
  since: ['すでに始まった提携の開始日', '日付'],
  until: ['終了または休止した提携の終了日', '日付'],
  award: ['受賞済みの賞の日付', '日付'],
  report: ['過去の年についての報告書', '年'],
  updated: ['フィードの最終更新日', '日付'],
};

const SCHEMA: Record<SchemaMessageKey, string> = {
  lang: '"ru"、"en"、"zh-Hans" のような BCP 47 の言語タグである必要があります',
  id: '半角英数字と "."、"_"、":"、"-" からなる ID（128文字以内）である必要があります',
  textEmpty: '空にはできません',
  textLong: '20,000文字を超えています',
  country: '"JP" のような、大文字2文字の ISO 3166-1 alpha-2 国コードである必要があります',
  date: 'わかっている精度の日付である必要があります（"2021"、"2021-07"、"2021-07-15"、または時差付きの日時 "2021-07-15T10:00+10:00"）',
  day: 'その月にない日付です',
  dateOrUnknown: 'わかっている精度の日付（"1991"、"1991-02"、"1991-02-14"）または "unknown" である必要があります',
  link: 'https:、http:、mailto:、tel: のいずれかで始まるリンクである必要があります',
  linkLong: '2,048文字を超えています',
  citiesMin: '都市を1つ以上記載する必要があります',
  timeZone: '"Asia/Vladivostok" のような IANA のタイムゾーンである必要があります',
};

export const JA: ReasonTexts = {
  lang: 'ja',
  then: THEN,
  required: () => '必須です',
  type: (r) => `${TYPE[r.got]}ではなく${TYPE[r.expected]}である必要があります`.trimStart(),
  oneOf: (r) =>
    r.values.length === 1
      ? `${r.values[0]} である必要があります`
      : `${r.values.join('、')} のいずれかである必要があります`,
  text: () => '空でないテキスト、または言語タグをキー、空でないテキストを値とするオブジェクトである必要があります',
  minItems: (r, s) => `少なくとも${s.plural(r.n, {other: '{n}件'})}必要です`,
  maxItems: (r, s) => `${s.plural(r.n, {other: '{n}件'})}以下にする必要があります`,
  minChars: (r, s) => `${s.plural(r.n, {other: '{n}文字'})}以上である必要があります`,
  maxChars: (r, s) => `${s.plural(r.n, {other: '{n}文字'})}以下である必要があります`,
  min: (r, s) => `${s.n(r.n)}以上である必要があります`,
  max: (r, s) => `${s.n(r.n)}以下である必要があります`,
  langKey: () => '言語タグ（"ru"、"en"、"zh-Hans" など）ではないキーがあります',
  invalid: () => 'ここでは使えない値です',
  schema: (r) => SCHEMA[r.key],
  moreIssues: (r, s) => s.plural(r.n, {other: 'この項目にはほかにも問題が{n}件あります'}),
  notLink: (r, s) => `${s.reason(r.inner)}${THEN}そのため、リンクとしては表示しません`,

  notObject: (r) => `フィードは${TYPE[r.got]}ではなく JSON オブジェクトである必要があります`,
  json: (r, s) =>
    `正しい JSON ではありません${THEN}${s.n(r.line)}行${s.n(r.column)}列で、テキストが途切れているか誤りがあります`,
  tooDeep: (r, s) => `入れ子が${s.plural(r.max, {other: '{n}階層'})}を超えているため、中身を無視しました`,
  unsafeKey: () => '使用が許されていないキーのため、無視しました',
  newerVersion: (r, s) =>
    `この Twinning Kit が対応するバージョン（${s.n(r.supported)}）より新しい形式です${THEN}バージョン ${s.n(r.supported)} として読み込みました`,
  citiesRequired: () => '必須です（都市のリスト）',
  notArray: (r) => `${TYPE[r.got]}ではなくリストである必要があります${THEN}中身は読み込んでいません`.trimStart(),

  duplicateId: (r) => `フィード内で先に出てくる別の${KIND[r.kind]}がすでに使っている ID のため、こちらは省略しました`,
  unknownRef: (r) => `このフィードにない${KIND[r.kind]}のため、参照を無視しました`,
  unknownPublisher: () => 'このフィードにない都市です',
  unknownPartner: () => 'このフィードにない都市のため、この提携は省略しました',
  duplicateAcrossFeeds: (r) =>
    `前のフィードにも同じ ID の${KIND[r.kind]}があります${THEN}先に出てきたものを表示しています`,
  notHome: (r) => `中心都市 "${r.home}" が含まれていないため、表示しません`,
  idReused: (r) => `${KIND[r.kind]}（${formatPath(r.at)}）の ID と同じです${THEN}項目ごとに別の ID を付けてください`,

  endBeforeStart: (r) => `開始日（${r.start}）より前です${THEN}終了日は無視しました`,
  untilBeforeSince: (r) => `提携の開始（${r.since}）より前です${THEN}この終了日は無視しました`,
  selfPartnership: () =>
    `フィードを発行している都市そのものです${THEN}都市は自分自身と提携できないため、この提携は省略しました`,
  duplicatePartnership: (r) =>
    `${formatPath(r.at)} の提携と重複しています（相手・種類・期間が同じ）${THEN}こちらは省略しました`,
  partyRepeated: () => `すでにこの提携の当事者（中心都市または相手都市）です${THEN}重複分は除きました`,
  unassignedCountry: (r) =>
    `ISO 3166-1 で割り当てられている国コードではありません${r.suggest ? `${THEN}"${r.suggest}" の誤りではありませんか？` : ''}`,
  futureDate: (r) => `${AS_PAST[r.what][0]}としては、遠い未来の${AS_PAST[r.what][1]}です`,
  // Years are names, not quantities: written as they are, without grouping.
  outsideReportYear: (r) => `${r.itemYear}年の${KIND[r.kind]}で、この報告書の年（${r.year}年）の範囲外です`,
};

export default JA;
