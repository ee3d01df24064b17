/** Why a feed has a problem, in Simplified Chinese. Each reason follows the JSON path and the quoted value. */
import {formatPath} from '../paths.js';
import type {SchemaMessageKey} from '../../../data-schema/messages.js';
import type {ItemKind, JsonType, PastDate} from '../reasons.js';
import type {ReasonTexts} from './say.js';

const THEN = '；';

/** 「应为数字，而不是字符串」: a Latin name has a space on each side, as next to Chinese characters. */
const TYPE: Record<JsonType, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: ' true 或 false',
  object: '对象',
  array: '列表',
  null: ' null',
};

const KIND: Record<ItemKind, string> = {
  city: '城市',
  category: '类别',
  event: '活动',
  delegation: '代表团',
  report: '报告',
  partnership: '合作关系',
};

/** 「…不应远在将来」. */
const PAST: Record<PastDate, string> = {
  since: '已开始的合作关系，其开始日期',
  until: '已结束或已暂停的合作关系，其结束日期',
  award: '已获得奖项的日期',
  report: '往年报告的年份',
  updated: '数据源的最后更新时间',
};

const SCHEMA: Record<SchemaMessageKey, string> = {
  lang: '应为 BCP 47 语言标签，例如 "ru"、"en" 或 "zh-Hans"',
  id: '应为由英文字母、数字及 "."、"_"、":"、"-" 组成的 ID（最多128个字符）',
  textEmpty: '不能为空',
  textLong: '超过20,000个字符',
  country: '应为由两个大写字母组成的 ISO 3166-1 alpha-2 国家代码，例如 "JP"',
  date: '应为按已知精度填写的日期："2021"、"2021-07"、"2021-07-15"，或带时区偏移的日期时间 "2021-07-15T10:00+10:00"',
  day: '该月没有这一天',
  dateOrUnknown: '应为按已知精度填写的日期（"1991"、"1991-02"、"1991-02-14"）或 "unknown"',
  link: '应为 https:、http:、mailto: 或 tel: 链接',
  linkLong: '超过2,048个字符',
  citiesMin: '应至少包含一个城市',
  timeZone: '应为 IANA 时区，例如 "Asia/Vladivostok"',
};

export const ZH: ReasonTexts = {
  lang: 'zh-Hans',
  then: THEN,
  required: () => '为必填项',
  type: (r) => `应为${TYPE[r.expected]}，而不是${TYPE[r.got]}`,
  oneOf: (r) => (r.values.length === 1 ? `应为 ${r.values[0]}` : `应为以下值之一：${r.values.join('、')}`),
  text: () => '应为非空文本，或以语言标签为键、以非空文本为值的对象',
  minItems: (r, s) => `至少应有${s.plural(r.n, {other: '{n}项'})}`,
  maxItems: (r, s) => `最多只能有${s.plural(r.n, {other: '{n}项'})}`,
  minChars: (r, s) => `至少应有${s.plural(r.n, {other: '{n}个字符'})}`,
  maxChars: (r, s) => `最多只能有${s.plural(r.n, {other: '{n}个字符'})}`,
  min: (r, s) => `不应小于${s.n(r.n)}`,
  max: (r, s) => `不应大于${s.n(r.n)}`,
  langKey: () => '含有不是语言标签的键（语言标签如 "ru"、"en" 或 "zh-Hans"）',
  invalid: () => '在此处无效',
  schema: (r) => SCHEMA[r.key],
  moreIssues: (r, s) => s.plural(r.n, {other: '此条目另有{n}个问题'}),
  notLink: (r, s) => `${s.reason(r.inner)}${THEN}因此不显示为链接`,

  notObject: (r) => `数据源应为 JSON 对象，而不是${TYPE[r.got]}`,
  json: (r, s) => `不是有效的 JSON：文本在第${s.n(r.line)}行第${s.n(r.column)}列处中断或有错误`,
  tooDeep: (r, s) => `嵌套超过${s.plural(r.max, {other: '{n}层'})}${THEN}其内容已忽略`,
  unsafeKey: () => `是不允许使用的键${THEN}已忽略`,
  newerVersion: (r, s) =>
    `比当前 Twinning Kit 支持的版本（${s.n(r.supported)}）更新${THEN}已按版本 ${s.n(r.supported)} 读取`,
  citiesRequired: () => '为必填项（城市列表）',
  notArray: (r) => `应为列表，而不是${TYPE[r.got]}${THEN}其中的内容均未读取`,

  duplicateId: (r) => `已被数据源中前面的其他${KIND[r.kind]}使用${THEN}已跳过此项`,
  unknownRef: (r) => `数据源中没有此${KIND[r.kind]}${THEN}已忽略该引用`,
  unknownPublisher: () => '数据源中没有此城市',
  unknownPartner: () => `数据源中没有此城市${THEN}已跳过该合作关系`,
  duplicateAcrossFeeds: (r) => `前面的数据源中已有此 ID 的${KIND[r.kind]}${THEN}显示的是先出现的那一项`,
  notHome: (r) => `不包括中心城市 "${r.home}"，因此未列入`,
  idReused: (r) => `与${KIND[r.kind]}（${formatPath(r.at)}）的 ID 相同${THEN}请为每一项设置各自的 ID`,

  endBeforeStart: (r) => `早于开始日期（${r.start}）${THEN}已忽略结束日期`,
  untilBeforeSince: (r) => `早于合作关系的开始时间（${r.since}）${THEN}已忽略该结束日期`,
  selfPartnership: () => `就是发布此数据源的城市本身，城市不能与自己建立合作关系${THEN}已跳过该合作关系`,
  duplicatePartnership: (r) => `与 ${formatPath(r.at)} 的合作关系重复（合作伙伴、类型和时间段均相同）${THEN}已跳过此项`,
  partyRepeated: () => `已是该合作关系的一方（中心城市或合作城市）${THEN}已删除重复项`,
  unassignedCountry: (r) => `不是 ISO 3166-1 中已分配的国家代码${r.suggest ? `${THEN}是否应为 "${r.suggest}"？` : ''}`,
  futureDate: (r) => `${PAST[r.what]}不应远在将来`,
  // Years are names, not quantities: written as they are, without grouping.
  outsideReportYear: (r) => `是${r.itemYear}年的${KIND[r.kind]}，不在本报告所属年份（${r.year}年）内`,
};

export default ZH;
