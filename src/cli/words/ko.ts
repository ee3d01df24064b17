/** The command line in Korean. */
import type {CliWords, CollectionWord, OembedWords, RenderWords} from './types.js';

const USAGE = `사용법: twinning-kit validate FILE|URL [FILE|URL...] [--lang L] [--rich]
        twinning-kit ics FILE|URL [FILE|URL...] [--lang L] [--partner ID] [--year YYYY] [--precise-only] > events.ics
        twinning-kit import EVENTS.csv --into FEED.json [--lang L] > new-feed.json

validate  Twinning Kit 피드가 피드 스키마(버전 1)에 맞는지, 앞뒤가 맞지
          않는 곳(시작보다 이른 종료, 자기 자신과의 협력 관계, 할당되지
          않은 국가 코드 등)은 없는지 검사합니다. 모든 문제를 JSON 경로,
          값, 이유와 함께 출력합니다.
          종료 상태: 0 모든 피드가 올바름, 1 문제가 있음, 2 읽을 수 없는
          피드가 있음.
          피드마다 검색 결과에 행사로 표시될 행사 수를 알려 줍니다(날짜가 일
          단위까지 알려져 있고 장소가 있거나 온라인인 행사). --rich는 나머지
          행사를 이유와 함께 나열합니다. 피드의 문제는 아닙니다.
ics       피드의 행사(순서대로 합침)를 하나의 iCalendar 파일(RFC 5545)로
          표준 출력에 씁니다. 텍스트는 --lang의 언어(지정하지 않으면 첫
          피드의 언어)로 쓰며, --partner나 --year를 지정하면 그 파트너나
          연도의 행사만 씁니다.
          월이나 연도만 알려진 행사는 그 달이나 그 해 전체에 걸친 종일
          일정이 됩니다. --precise-only를 지정하면 이런 행사를 뺍니다
          (한 달짜리 띠가 방해만 되는 Google이나 Outlook용).
          문제는 표준 오류로 출력하며, 유효하지 않은 행사는 뺍니다.
          종료 상태: 0 쓰기 완료, 1 썼지만 문제가 있음, 2 읽을 수 없는
          피드가 있거나 옵션이 잘못됨.
import    스프레드시트에서 내보낸 CSV(쉼표 또는 세미콜론 구분)의 행사를
          피드에 추가하고 결과를 표준 출력에 씁니다. 수정한 스프레드시트로
          다시 실행해도 이미 피드에 있는 행은 알아보고 두 번 추가하지
          않습니다(ID는 각 행사의 시작일과 제목으로 만듭니다).
          머리글 행(영어 또는 러시아어, 순서 무관): title/Название,
          start/Начало, end/Окончание, format/Формат, categories/Категории,
          cities/Города, place/Место, description/Описание, url/Ссылка, id.
          다른 언어의 텍스트는 title_en 또는 "Название (ja)" 열에 씁니다.
          날짜: 2021, 07.2021, 15.07.2021 또는 2021-07-15. 도시와 분류는
          ID나 이름으로 지정합니다.
          읽을 수 없는 행은 줄 번호와 함께 표준 오류로 출력하며, 추가하지
          않습니다.
          종료 상태: 0 모든 행을 추가했거나 이미 있음, 1 추가하지 못한
          행이 있음, 2 파일을 읽을 수 없거나 옵션이 잘못됨.

--lang    이 메시지(ics에서는 캘린더 텍스트도)의 언어: en, ru, zh-Hans,
          ja, ko. 지정하지 않으면 LC_ALL, LC_MESSAGES, LANG에서 정합니다.`;

/** 「도시 19곳」, 「행사 120건」: the counters the widgets use. */
const COUNT: Record<CollectionWord, string> = {
  cities: '도시 {n}곳',
  partnerships: '협력 관계 {n}건',
  categories: '분류 {n}개',
  events: '행사 {n}건',
  delegations: '대표단 {n}건',
  reports: '보고서 {n}건',
};

const COLUMN = {title: '"title"(또는 "Название")', start: '"start"(또는 "Начало")'};

const OEMBED_USAGE = `사용법: twinning-kit oembed --base URL --element E --src FEED --out DIR
         [--lang L] [--partner ID] [--view V] [--theme T] [--heading-level N]
         [--title TEXT] [--name NAME] [--kit URL]

oembed    서버 코드 없이 사이트를 위젯 하나의 oEmbed 제공자로 만듭니다.
          DIR/NAME.html(위젯을 보여 주고 oEmbed 설명을 가리키는 페이지),
          DIR/NAME.oembed.json(oEmbed 1.0, "rich": 키트의 embed.html
          iframe), .htaccess / _headers(WordPress의 샌드박스 iframe에
          필요한 Access-Control-Allow-Origin: * 헤더)를 씁니다. DIR을
          --base에 게시한 뒤 WordPress에 BASE/NAME.html을 한 줄로 붙여
          넣으세요.
          --base     DIR을 게시할 http(s) 주소
          --kit      twinning-kit.js, embed.html, embed.js가 있는 곳
                     (기본값: --base)
          --element  event-calendar, partner-map, delegation-list 또는
                     report-summary
          --src      피드: http(s) 주소 또는 사이트의 경로
          --name     파일 이름(기본값: element-partner-lang)
          종료 코드: 0은 작성 완료, 2는 옵션 오류 또는 파일 쓰기 실패.`;

const OEMBED: OembedWords = {
  usage: OEMBED_USAGE,
  missing: (option) => `필수 옵션 ${option}이(가) 없습니다(twinning-kit oembed --help)`,
  notHttp: (option, value) => `${option} “${value}”: http(s) 주소가 아닙니다`,
  badSrc: (value) => `--src “${value}”: http(s) 주소도, 사이트의 경로도 아닙니다`,
  badElement: (value) =>
    `--element “${value}”: 키트의 위젯이 아닙니다(event-calendar, partner-map, delegation-list, report-summary)`,
  badValue: (option, value, allowed) => `${option} “${value}”: 사용할 수 없는 값입니다(${allowed})`,
  cannotWrite: (path, why) => `${path}: 쓸 수 없습니다: ${why}`,
  written: ({files, paste, kit}) =>
    `작성했습니다:\n${files.map((f) => `  ${f}`).join('\n')}\n키트 파일(twinning-kit.js, embed.html, embed.js)은 ${kit}에 두고, 피드와 함께 Access-Control-Allow-Origin: * 헤더로 제공해야 합니다.\nWordPress에 이 주소를 한 줄로 붙여 넣으세요:\n  ${paste}`,
};

const RENDER_USAGE = `사용법: twinning-kit render FILE|URL [FILE|URL...] --element E [--lang L]
        [--partner ID] [--view V] [--year YYYY] [--heading-level N] > content.html
      twinning-kit render FILE|URL [FILE|URL...] --all --out DIR [--base URL]
        [--lang L,L...]

render    위젯 하나의 내용을 일반 HTML로 써서 페이지의 요소 안에 넣을 수
          있게 합니다. JavaScript 없이도, 검색 엔진에서도 읽을 수 있고,
          위젯이 로드되면 위젯으로 바뀝니다. 날짜가 일 단위까지 알려진
          행사에는 schema.org JSON-LD도 붙습니다.
          --element  event-calendar, partner-map, delegation-list 또는
                     report-summary
          --lang     독자의 언어(기본값: 첫 피드의 언어)
          --partner  그 자매·우호 도시와 관련된 것만(도시 id)
          --view     달력: list(모든 행사), month 또는 year(달력이 처음
                     여는 달이나 해의 행사)
          --year     달력과 보고서의 연도
          --heading-level  위젯 첫 제목의 수준(1–6)
          --all      대신 폴더를 씁니다: DIR/LANG/ELEMENT.html(네 위젯의
                     내용), 행사마다 한 페이지(DIR/LANG/events/), 자매·우호
                     도시마다 한 페이지(DIR/LANG/partners/), DIR/index.html,
                     DIR/twinning-kit-static.css. --lang은 언어 목록(기본값:
                     en,ru,zh-Hans,ja,ko), --base는 DIR을 게시할 주소(표준
                     링크용)
          종료 상태: 0은 작성 완료, 1은 작성했으나 피드에 문제가 있음,
          2는 피드를 읽을 수 없거나 옵션이 잘못됨.`;

const RENDER: RenderWords = {
  usage: RENDER_USAGE,
  missing: (option) => `${option} 옵션이 필요합니다(twinning-kit render --help)`,
  notWith: (option, other) => `${option} 옵션은 ${other} 옵션과 함께 쓸 수 없습니다(twinning-kit render --help)`,
  written: (files, dir, say) => `${dir}에 ${say.plural(files, {other: '파일 {n}개'})}를 썼습니다`,
  index: 'JavaScript 없이 읽는 내용',
  elements: {
    'event-calendar': '행사 달력',
    'partner-map': '자매·우호 도시',
    'delegation-list': '대표단',
    'report-summary': '연간 보고서',
  },
  events: '행사',
  partners: '자매·우호 도시',
  allPages: '모든 페이지',
};

const KO_CLI: CliWords = {
  lang: 'ko',
  usage: `${USAGE}\n\n${OEMBED_USAGE}`,
  rich: (file, p, say) => `${file}: 행사 ${say.n(p.events)}건 중 ${say.n(p.rich)}건이 검색 결과에 행사로 표시됩니다`,
  noRich: (reason) =>
    reason === 'month'
      ? '월까지만 알려져 있습니다: 검색 결과에 행사로 표시하려면 날짜를 적어 주세요'
      : reason === 'year'
        ? '연도만 알려져 있습니다: 검색 결과에 행사로 표시하려면 월과 일을 적어 주세요'
        : '장소가 없습니다: 검색 결과에 행사로 표시하려면 "place"나 "placeCity"를 적거나 "format"을 "online"으로 하세요',
  separator: ', ',
  count: (what, n, say) => say.plural(n, {other: COUNT[what]}),
  valid: (file, counts) => `${file}: 올바른 피드입니다: ${counts}`,
  notUsable: '사용할 수 없는 피드입니다',
  cannotRead: (file, why) => `${file}: 읽을 수 없습니다: ${why}`,
  readFailure: (r, say) => {
    switch (r.id) {
      case 'notFound':
        return '파일이 없습니다';
      case 'denied':
        return '접근 권한이 없습니다';
      case 'folder':
        return '파일이 아니라 폴더입니다';
      case 'http':
        return `서버가 ${r.status} 코드로 응답했습니다`;
      case 'tooLarge':
        return `피드가 ${say.n(r.mb)}MB보다 큽니다`;
      case 'timeout':
        return `${say.n(r.seconds)}초 안에 응답이 없습니다`;
      case 'network':
        return '이 주소에 연결할 수 없습니다';
      case 'other':
        return r.detail;
    }
  },
  error: '오류',
  warning: '경고',
  found: (file, p, say) =>
    `${file}: ${say.plural(p.problems, {other: '문제 {n}건'})}(${say.plural(p.errors, {other: '오류 {n}건'})}, ${say.plural(p.warnings, {other: '경고 {n}건'})}); ${say.plural(p.skipped, {other: '건너뛴 항목 {n}개'})}; 결과: ${p.usable}`,
  wrongOption: (option) => `알 수 없거나 값이 없는 옵션입니다: ${option}`,
  noSuchPartner: (id) => `--partner ${id}: 피드에 없는 도시입니다`,
  written: (events, left, imprecise, say) =>
    [
      say.plural(events, {other: '행사 {n}건을 썼습니다'}),
      left ? say.plural(left, {other: '유효하지 않은 항목 {n}개를 뺐습니다'}) : '',
      imprecise ? say.plural(imprecise, {other: '월이나 연도만 알려진 행사 {n}건을 뺐습니다'}) : '',
    ]
      .filter(Boolean)
      .join('; '),
  notUsableToImportInto: (file) => `${file}: 가져올 대상으로 사용할 수 있는 피드가 아닙니다`,
  rowNotImported: (reasons) => `가져오지 않았습니다: ${reasons.join('; ')}`,
  rowReason: (r) => {
    switch (r.id) {
      case 'emptyFile':
        return '파일이 비어 있습니다';
      case 'unknownColumn':
        return `알 수 없는 열("${r.name}")이므로 읽지 않았습니다`;
      case 'missingColumn':
        return `머리글 행에 ${COLUMN[r.name]} 열이 없습니다`;
      case 'badDate':
        return `${r.field === 'start' ? '시작일' : '종료일'}("${r.value}")이 2021, 07.2021, 15.07.2021 같은 날짜가 아닙니다`;
      case 'badFormat':
        return `진행 방식("${r.value}")이 online, offline(очно), hybrid(очно-заочно) 중 어느 것도 아닙니다`;
      case 'unknownCity':
        return `도시("${r.value}")가 피드에 없습니다`;
      case 'unknownCategory':
        return `분류("${r.value}")가 피드에 없습니다`;
      case 'noTitle':
        return '제목이 없습니다';
      case 'noStart':
        return '시작일이 없습니다';
      case 'idTaken':
        return `ID("${r.value}")는 피드의 다른 행사에서 이미 쓰고 있습니다`;
      case 'repeatedRow':
        return `${r.line}행과 중복됩니다`;
    }
  },
  rowKnown: (id) => `피드에 이미 있으므로(ID "${id}") 그대로 두었습니다`,
  imported: (p, say) =>
    [
      say.plural(p.added, {other: '행사 {n}건을 추가했습니다'}),
      p.known ? say.plural(p.known, {other: '{n}건은 이미 피드에 있었습니다'}) : '',
      say.plural(p.refused, {other: '{n}개 행은 가져오지 않았습니다'}),
    ]
      .filter(Boolean)
      .join('; '),
  oembed: OEMBED,
  render: RENDER,
};

export default KO_CLI;
