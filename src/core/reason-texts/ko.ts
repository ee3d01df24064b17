/** Why a feed has a problem, in Korean. Each reason follows the JSON path and the quoted value. */
import {formatPath} from '../paths.js';
import type {SchemaMessageKey} from '../../../data-schema/messages.js';
import type {ItemKind, JsonType, PastDate} from '../reasons.js';
import type {ReasonTexts} from './say.js';

const THEN = '; ';

/** 「문자열이 아니라 …」: each name with the subject particle its last sound takes. */
const NOT_TYPE: Record<JsonType, string> = {
  string: '문자열이',
  number: '숫자가',
  int: '정수가',
  boolean: 'true 또는 false 값이',
  object: '객체가',
  array: '목록이',
  null: 'null이',
};

/** 「… 숫자여야 합니다」: each name with the copula its last sound takes. */
const BE_TYPE: Record<JsonType, string> = {
  string: '문자열이어야',
  number: '숫자여야',
  int: '정수여야',
  boolean: 'true 또는 false 값이어야',
  object: '객체여야',
  array: '목록이어야',
  null: 'null이어야',
};

/** Used only before particles that do not change with the last sound (에서, 의, 이며, 입니다). */
const KIND: Record<ItemKind, string> = {
  city: '도시',
  category: '분류',
  event: '행사',
  delegation: '대표단',
  report: '보고서',
  partnership: '협력 관계',
};

/** 「…로는 너무 먼 미래입니다」: every one ends in 일 or 도, which both take 로. */
const AS_PAST: Record<PastDate, string> = {
  since: '이미 시작된 협력 관계의 시작일',
  until: '종료되었거나 일시 중단된 협력 관계의 종료일',
  award: '이미 받은 상의 수상일',
  report: '지난 연도 보고서의 연도',
  updated: '피드의 최종 수정일',
};

const SCHEMA: Record<SchemaMessageKey, string> = {
  lang: '"ru", "en", "zh-Hans" 같은 BCP 47 언어 태그여야 합니다',
  id: '영문자, 숫자와 ".", "_", ":", "-" 기호로 이루어진 ID여야 합니다(최대 128자)',
  textEmpty: '비워 둘 수 없습니다',
  textLong: '20,000자를 넘습니다',
  country: '"JP" 같은 대문자 두 글자의 ISO 3166-1 alpha-2 국가 코드여야 합니다',
  date: '알고 있는 만큼 정확한 날짜여야 합니다: "2021", "2021-07", "2021-07-15" 또는 시차를 붙인 일시 "2021-07-15T10:00+10:00"',
  day: '그 달에 없는 날짜입니다',
  dateOrUnknown: '알고 있는 만큼 정확한 날짜("1991", "1991-02", "1991-02-14") 또는 "unknown"이어야 합니다',
  link: 'https:, http:, mailto:, tel: 중 하나로 시작하는 링크여야 합니다',
  linkLong: '2,048자를 넘습니다',
  citiesMin: '도시를 하나 이상 넣어야 합니다',
  timeZone: '"Asia/Vladivostok" 같은 IANA 시간대여야 합니다',
};

export const KO: ReasonTexts = {
  lang: 'ko',
  then: THEN,
  required: () => '필수 항목입니다',
  type: (r) => `${NOT_TYPE[r.got]} 아니라 ${BE_TYPE[r.expected]} 합니다`,
  oneOf: (r) =>
    r.values.length === 1 ? `${r.values[0]}만 쓸 수 있습니다` : `${r.values.join(', ')} 중 하나여야 합니다`,
  text: () => '비어 있지 않은 텍스트이거나, 언어 태그를 키로 하고 비어 있지 않은 텍스트를 값으로 하는 객체여야 합니다',
  minItems: (r, s) => `항목이 ${s.plural(r.n, {other: '{n}개'})} 이상 있어야 합니다`,
  maxItems: (r, s) => `항목이 ${s.plural(r.n, {other: '{n}개'})} 이하여야 합니다`,
  minChars: (r, s) => `${s.plural(r.n, {other: '{n}자'})} 이상이어야 합니다`,
  maxChars: (r, s) => `${s.plural(r.n, {other: '{n}자'})} 이하여야 합니다`,
  min: (r, s) => `${s.n(r.n)} 이상이어야 합니다`,
  max: (r, s) => `${s.n(r.n)} 이하여야 합니다`,
  langKey: () => '언어 태그("ru", "en", "zh-Hans" 등)가 아닌 키가 있습니다',
  invalid: () => '이 위치에 올 수 없는 값입니다',
  schema: (r) => SCHEMA[r.key],
  moreIssues: (r, s) => s.plural(r.n, {other: '이 항목에 문제가 {n}건 더 있습니다'}),
  notLink: (r, s) => `${s.reason(r.inner)}${THEN}따라서 링크로 표시하지 않습니다`,

  notObject: (r) => `피드는 ${NOT_TYPE[r.got]} 아니라 JSON 객체여야 합니다`,
  json: (r, s) => `올바른 JSON이 아닙니다: ${s.n(r.line)}행 ${s.n(r.column)}열에서 텍스트가 끊기거나 오류가 있습니다`,
  tooDeep: (r, s) => `${s.plural(r.max, {other: '{n}단계'})}보다 깊게 중첩되어 있어 내용을 무시했습니다`,
  unsafeKey: () => '허용되지 않는 키이므로 무시했습니다',
  newerVersion: (r, s) =>
    `이 버전의 Twinning Kit에서 지원하는 버전(${s.n(r.supported)})보다 새롭습니다${THEN}버전 ${s.n(r.supported)} 기준으로 읽었습니다`,
  citiesRequired: () => '필수 항목입니다(도시 목록)',
  notArray: (r) => `${NOT_TYPE[r.got]} 아니라 목록이어야 합니다${THEN}안의 내용은 읽지 않았습니다`,

  duplicateId: (r) => `피드 앞쪽의 다른 ${KIND[r.kind]}에서 이미 쓰고 있는 ID이므로 이 항목은 건너뛰었습니다`,
  unknownRef: (r) => `피드에 없는 ${KIND[r.kind]}이므로 이 참조는 제외했습니다`,
  unknownPublisher: () => '피드에 없는 도시입니다',
  unknownPartner: () => '피드에 없는 도시이므로 이 협력 관계는 건너뛰었습니다',
  duplicateAcrossFeeds: (r) => `앞선 피드에도 같은 ID의 ${KIND[r.kind]} 항목이 있으므로 먼저 나온 것을 표시합니다`,
  notHome: (r) => `중심 도시("${r.home}")가 들어 있지 않으므로 표시하지 않습니다`,
  idReused: (r) => `${KIND[r.kind]}(${formatPath(r.at)})의 ID와 같습니다${THEN}항목마다 서로 다른 ID를 지정해 주십시오`,

  endBeforeStart: (r) => `시작일(${r.start})보다 이르므로 종료일을 무시했습니다`,
  untilBeforeSince: (r) => `협력 관계의 시작(${r.since})보다 이르므로 이 종료일을 무시했습니다`,
  selfPartnership: () =>
    `피드를 발행하는 도시 자신입니다${THEN}도시는 자기 자신과 협력 관계를 맺을 수 없으므로 이 협력 관계는 건너뛰었습니다`,
  duplicatePartnership: (r) =>
    `${formatPath(r.at)}의 협력 관계와 중복되므로(파트너, 유형, 기간이 같음) 이 항목은 건너뛰었습니다`,
  partyRepeated: () => '이미 이 협력 관계의 당사자(중심 도시 또는 상대 도시)이므로 제외했습니다',
  unassignedCountry: (r) =>
    `ISO 3166-1에서 할당된 국가 코드가 아닙니다${r.suggest ? `${THEN}"${r.suggest}"인지 확인해 주십시오` : ''}`,
  futureDate: (r) => `${AS_PAST[r.what]}로는 너무 먼 미래입니다`,
  // Years are names, not quantities: written as they are, without grouping.
  outsideReportYear: (r) => `${r.itemYear}년 ${KIND[r.kind]}이며, 이 보고서의 연도(${r.year}년)에 속하지 않습니다`,
};

export default KO;
