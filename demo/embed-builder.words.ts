/** The embed builder's words, in the kit's five languages. */
import type {Strings} from './i18n.js';

export type BuilderKey =
  | 'title'
  | 'intro'
  | 'element'
  | 'twin-event-calendar'
  | 'twin-partner-map'
  | 'twin-delegation-list'
  | 'twin-report-summary'
  | 'feed'
  | 'feedHint'
  | 'feedBad'
  | 'lang'
  | 'langPage'
  | 'partner'
  | 'partnerAll'
  | 'partnerLoading'
  | 'partnerFailed'
  | 'theme'
  | 'theme.auto'
  | 'theme.light'
  | 'theme.dark'
  | 'view'
  | 'view.auto'
  | 'view.month'
  | 'view.list'
  | 'view.year'
  | 'view.map'
  | 'view.table'
  | 'sort'
  | 'sort.date'
  | 'sort.-date'
  | 'sort.city'
  | 'sort.country'
  | 'compact'
  | 'hosting'
  | 'hosting.cdn'
  | 'hosting.self'
  | 'selfPath'
  | 'selfHint'
  | 'code'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'version'
  | 'integrityLoading'
  | 'integrityFailed'
  | 'csp'
  | 'preview'
  | 'fallback'
  | 'form'
  | 'form.element'
  | 'form.div'
  | 'form.iframe'
  | 'form.divHint'
  | 'form.iframeHint'
  | 'kitFolder';

export const BUILDER_WORDS: Strings<BuilderKey> = {
  en: {
    title: 'Embed builder',
    intro:
      'Choose a widget and its settings, check it in the preview, then copy the code into your page (in a CMS, into an HTML block). Nothing else is needed.',
    element: 'Widget',
    'twin-event-calendar': 'Event calendar',
    'twin-partner-map': 'Partner-city map',
    'twin-delegation-list': 'Delegations and meetings',
    'twin-report-summary': 'Annual report summary',
    feed: 'Feed address',
    feedHint:
      'Where your site publishes the feed (JSON). Several addresses separated by spaces are merged. A feed on another site must allow your site to read it (CORS).',
    feedBad: 'Use an http(s) address, or a path on your site such as /feeds/khabarovsk-2021.json.',
    lang: 'Language',
    langPage: 'The page’s own language',
    partner: 'Only what involves',
    partnerAll: 'Everything (all partners)',
    partnerLoading: 'Reading the feed…',
    partnerFailed: 'The feed could not be read, so its partners cannot be listed.',
    theme: 'Colours',
    'theme.auto': 'As the visitor’s system (light or dark)',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    view: 'View',
    'view.auto': 'Automatic: where the events are',
    'view.month': 'Month grid',
    'view.list': 'List',
    'view.year': 'Year overview',
    'view.map': 'Map',
    'view.table': 'List (table)',
    sort: 'Order',
    'sort.date': 'Oldest first',
    'sort.-date': 'Newest first',
    'sort.city': 'By city',
    'sort.country': 'By country',
    compact: 'Figures only, for a sidebar',
    hosting: 'Load the script from',
    'hosting.cdn': 'the jsDelivr CDN, this version pinned, with its integrity hash',
    'hosting.self': 'my own site (copy dist/twinning-kit.js there)',
    selfPath: 'Address of the copied file',
    selfHint:
      'Copy dist/twinning-kit.js (from npm run build, or from the npm package) to that address: one file, with no other requests.',
    code: 'Code to paste',
    copy: 'Copy the code',
    copied: 'Copied: paste it into your page.',
    copyFailed: 'Could not copy. Select the code and copy it yourself.',
    version:
      'Twinning Kit {version}: one file of {kb} KB (gzip) with all four widgets and five languages; it asks nothing of any site but your feed’s.',
    integrityLoading: 'Computing the file’s integrity hash…',
    integrityFailed:
      'The integrity hash is not available here. Run npm run build and use the hash of dist/twinning-kit.js (openssl dgst -sha384 -binary dist/twinning-kit.js | openssl base64 -A).',
    csp: 'If your site sends a Content-Security-Policy, it must allow:',
    preview: 'Preview',
    fallback: 'International cooperation data (JSON)',
    form: 'Form of the code',
    'form.element': 'A script and the widget’s tag, for pages that take both',
    'form.div':
      'A script and a plain <div>, for editors that strip unknown tags (WordPress for authors, HTML sanitizers such as DOMPurify)',
    'form.iframe': 'An iframe of the embed page, for editors that take no scripts',
    'form.divHint':
      'The editor keeps the div; put the script once into the site’s template, where scripts are allowed.',
    'form.iframeHint':
      'Copy embed.html, embed.js and twinning-kit.js (from dist/) into one folder of your site. The script after the iframe fits its height to the widget; without it the iframe keeps its first height. In WordPress, paste the address of a page made by npx twinning-kit oembed instead.',
    kitFolder: 'Folder of the kit’s files on your site',
  },
  ru: {
    title: 'Конструктор кода для вставки',
    intro:
      'Выберите виджет и его настройки, проверьте его в предпросмотре и скопируйте код на свою страницу (в CMS — в HTML-блок). Больше ничего не нужно.',
    element: 'Виджет',
    'twin-event-calendar': 'Календарь мероприятий',
    'twin-partner-map': 'Карта городов-партнёров',
    'twin-delegation-list': 'Делегации и встречи',
    'twin-report-summary': 'Итоги года',
    feed: 'Адрес ленты',
    feedHint:
      'Где ваш сайт публикует ленту (JSON). Несколько адресов через пробел объединяются. Лента на другом сайте должна разрешать чтение вашему сайту (CORS).',
    feedBad: 'Укажите адрес http(s) или путь на вашем сайте, например /feeds/khabarovsk-2021.json.',
    lang: 'Язык',
    langPage: 'Язык самой страницы',
    partner: 'Только с участием',
    partnerAll: 'Всё (все партнёры)',
    partnerLoading: 'Читаем ленту…',
    partnerFailed: 'Ленту не удалось прочитать, поэтому список партнёров недоступен.',
    theme: 'Цвета',
    'theme.auto': 'Как в системе посетителя (светлые или тёмные)',
    'theme.light': 'Светлые',
    'theme.dark': 'Тёмные',
    view: 'Вид',
    'view.auto': 'Автоматически: где есть мероприятия',
    'view.month': 'Сетка месяца',
    'view.list': 'Список',
    'view.year': 'Обзор года',
    'view.map': 'Карта',
    'view.table': 'Список (таблица)',
    sort: 'Порядок',
    'sort.date': 'Сначала ранние',
    'sort.-date': 'Сначала новые',
    'sort.city': 'По городу',
    'sort.country': 'По стране',
    compact: 'Только цифры, для боковой колонки',
    hosting: 'Откуда загружать скрипт',
    'hosting.cdn': 'с CDN jsDelivr, эта версия закреплена, с хешем целостности',
    'hosting.self': 'с моего сайта (скопируйте туда dist/twinning-kit.js)',
    selfPath: 'Адрес скопированного файла',
    selfHint:
      'Скопируйте dist/twinning-kit.js (из npm run build или из пакета npm) по этому адресу: это один файл, других запросов нет.',
    code: 'Код для вставки',
    copy: 'Скопировать код',
    copied: 'Скопировано: вставьте код на страницу.',
    copyFailed: 'Не удалось скопировать. Выделите код и скопируйте его сами.',
    version:
      'Twinning Kit {version}: один файл {kb} КБ (gzip), в нём все четыре виджета и пять языков; он не обращается ни к каким сайтам, кроме сайта вашей ленты.',
    integrityLoading: 'Вычисляем хеш целостности файла…',
    integrityFailed:
      'Хеш целостности здесь недоступен. Выполните npm run build и возьмите хеш файла dist/twinning-kit.js (openssl dgst -sha384 -binary dist/twinning-kit.js | openssl base64 -A).',
    csp: 'Если ваш сайт отправляет заголовок Content-Security-Policy, в нём должно быть разрешено:',
    preview: 'Предпросмотр',
    fallback: 'Данные о международном сотрудничестве (JSON)',
    form: 'Вид кода',
    'form.element': 'Скрипт и тег виджета — для страниц, где можно и то и другое',
    'form.div':
      'Скрипт и обычный <div> — для редакторов, удаляющих незнакомые теги (WordPress у авторов, фильтры HTML вроде DOMPurify)',
    'form.iframe': 'Фрейм (iframe) со страницей встраивания — для редакторов, где нельзя скрипты',
    'form.divHint': 'Редактор сохранит div; скрипт вставьте один раз в шаблон сайта, где скрипты разрешены.',
    'form.iframeHint':
      'Скопируйте embed.html, embed.js и twinning-kit.js (из dist/) в одну папку на вашем сайте. Скрипт после iframe подгоняет его высоту под виджет; без него iframe сохраняет начальную высоту. В WordPress вместо этого вставьте адрес страницы, созданной командой npx twinning-kit oembed.',
    kitFolder: 'Папка с файлами набора на вашем сайте',
  },
  'zh-Hans': {
    title: '嵌入代码生成器',
    intro:
      '选择小组件及其设置，在预览中确认效果，然后把代码复制到您的网页中（在 CMS 中放入 HTML 区块）。无需其他操作。',
    element: '小组件',
    'twin-event-calendar': '活动日历',
    'twin-partner-map': '伙伴城市地图',
    'twin-delegation-list': '代表团与会晤',
    'twin-report-summary': '年度报告摘要',
    feed: '数据源地址',
    feedHint:
      '您的网站发布数据源（JSON）的地址。用空格分隔的多个地址会被合并。其他网站上的数据源必须允许您的网站读取（CORS）。',
    feedBad: '请填写 http(s) 地址，或您网站上的路径，例如 /feeds/khabarovsk-2021.json。',
    lang: '语言',
    langPage: '与网页语言一致',
    partner: '仅显示涉及',
    partnerAll: '全部（所有伙伴）',
    partnerLoading: '正在读取数据源…',
    partnerFailed: '无法读取数据源，因此无法列出伙伴城市。',
    theme: '配色',
    'theme.auto': '跟随访问者的系统（浅色或深色）',
    'theme.light': '浅色',
    'theme.dark': '深色',
    view: '视图',
    'view.auto': '自动：显示有活动的地方',
    'view.month': '月历',
    'view.list': '列表',
    'view.year': '年度概览',
    'view.map': '地图',
    'view.table': '列表（表格）',
    sort: '排序',
    'sort.date': '从早到晚',
    'sort.-date': '从新到旧',
    'sort.city': '按城市',
    'sort.country': '按国家',
    compact: '仅显示数字，适合侧栏',
    hosting: '脚本加载来源',
    'hosting.cdn': 'jsDelivr CDN，固定此版本，附完整性哈希',
    'hosting.self': '我自己的网站（把 dist/twinning-kit.js 复制过去）',
    selfPath: '复制后文件的地址',
    selfHint: '把 dist/twinning-kit.js（来自 npm run build 或 npm 包）复制到该地址：只有一个文件，不会发出其他请求。',
    code: '要粘贴的代码',
    copy: '复制代码',
    copied: '已复制：请粘贴到您的网页中。',
    copyFailed: '无法复制。请选中代码后自行复制。',
    version:
      'Twinning Kit {version}：一个 {kb} KB（gzip）的文件，包含全部四个小组件和五种语言；除您的数据源所在网站外，不访问任何网站。',
    integrityLoading: '正在计算文件的完整性哈希…',
    integrityFailed:
      '此处无法获得完整性哈希。请运行 npm run build，并使用 dist/twinning-kit.js 的哈希（openssl dgst -sha384 -binary dist/twinning-kit.js | openssl base64 -A）。',
    csp: '如果您的网站发送 Content-Security-Policy，其中必须允许：',
    preview: '预览',
    fallback: '国际合作数据（JSON）',
    form: '代码形式',
    'form.element': '脚本加组件标签，适用于两者都允许的页面',
    'form.div': '脚本加普通 <div>，适用于会删除未知标签的编辑器（WordPress 作者、DOMPurify 等 HTML 过滤器）',
    'form.iframe': '嵌入页面的 iframe，适用于不允许脚本的编辑器',
    'form.divHint': '编辑器会保留该 div；请把脚本在网站模板中允许脚本的位置添加一次。',
    'form.iframeHint':
      '把 embed.html、embed.js 和 twinning-kit.js（来自 dist/）复制到您网站的同一个文件夹。iframe 后面的脚本会让其高度适应组件；没有它，iframe 保持初始高度。在 WordPress 中，请改为粘贴由 npx twinning-kit oembed 生成的页面地址。',
    kitFolder: '工具包文件在您网站上的文件夹',
  },
  ja: {
    title: '埋め込みコード作成',
    intro:
      'ウィジェットと設定を選び、プレビューで確認してから、コードをページに貼り付けてください（CMS では HTML ブロックに）。ほかに必要なものはありません。',
    element: 'ウィジェット',
    'twin-event-calendar': '行事カレンダー',
    'twin-partner-map': '交流都市の地図',
    'twin-delegation-list': '代表団・会談',
    'twin-report-summary': '年次報告の概要',
    feed: 'フィードのアドレス',
    feedHint:
      'サイトでフィード（JSON）を公開しているアドレスです。スペースで区切った複数のアドレスは統合されます。他のサイトのフィードは、あなたのサイトからの読み込みを許可している必要があります（CORS）。',
    feedBad: 'http(s) のアドレス、または /feeds/khabarovsk-2021.json のようなサイト内のパスを入力してください。',
    lang: '言語',
    langPage: 'ページの言語に合わせる',
    partner: '次の都市に関するもののみ',
    partnerAll: 'すべて（全パートナー）',
    partnerLoading: 'フィードを読み込み中…',
    partnerFailed: 'フィードを読み込めなかったため、パートナー都市を一覧にできません。',
    theme: '配色',
    'theme.auto': '閲覧者のシステム設定に合わせる（ライトまたはダーク）',
    'theme.light': 'ライト',
    'theme.dark': 'ダーク',
    view: '表示',
    'view.auto': '自動：行事のある所を表示',
    'view.month': '月表示',
    'view.list': '一覧',
    'view.year': '年間表示',
    'view.map': '地図',
    'view.table': '一覧（表）',
    sort: '並び順',
    'sort.date': '古い順',
    'sort.-date': '新しい順',
    'sort.city': '都市順',
    'sort.country': '国順',
    compact: '数字のみ（サイドバー向け）',
    hosting: 'スクリプトの読み込み元',
    'hosting.cdn': 'jsDelivr CDN（このバージョンに固定、完全性ハッシュ付き）',
    'hosting.self': '自分のサイト（dist/twinning-kit.js をコピーして置く）',
    selfPath: 'コピーしたファイルのアドレス',
    selfHint:
      'dist/twinning-kit.js（npm run build または npm パッケージから）をそのアドレスにコピーしてください。ファイルは 1 つだけで、ほかのリクエストは発生しません。',
    code: '貼り付けるコード',
    copy: 'コードをコピー',
    copied: 'コピーしました。ページに貼り付けてください。',
    copyFailed: 'コピーできませんでした。コードを選択して手動でコピーしてください。',
    version:
      'Twinning Kit {version}：4 つのウィジェットと 5 言語を含む {kb} KB（gzip）のファイル 1 つ。フィードのあるサイト以外にはアクセスしません。',
    integrityLoading: 'ファイルの完全性ハッシュを計算中…',
    integrityFailed:
      'ここでは完全性ハッシュを取得できません。npm run build を実行し、dist/twinning-kit.js のハッシュを使ってください（openssl dgst -sha384 -binary dist/twinning-kit.js | openssl base64 -A）。',
    csp: 'サイトが Content-Security-Policy を送信している場合は、次を許可してください：',
    preview: 'プレビュー',
    fallback: '国際交流データ（JSON）',
    form: 'コードの形式',
    'form.element': 'スクリプトとウィジェットのタグ（両方を書けるページ向け）',
    'form.div':
      'スクリプトと普通の <div>（未知のタグを消すエディター向け：WordPress の投稿者、DOMPurify などの HTML サニタイザー）',
    'form.iframe': '埋め込みページの iframe（スクリプトを書けないエディター向け）',
    'form.divHint':
      'エディターは div を残します。スクリプトはサイトのテンプレートのスクリプトを書ける所に一度だけ入れてください。',
    'form.iframeHint':
      'embed.html、embed.js、twinning-kit.js（dist/ から）をサイトの同じフォルダーにコピーしてください。iframe の後のスクリプトが高さをウィジェットに合わせます。ないと iframe は最初の高さのままです。WordPress では代わりに npx twinning-kit oembed で作ったページのアドレスを貼り付けてください。',
    kitFolder: 'サイト上のキットのファイルのフォルダー',
  },
  ko: {
    title: '삽입 코드 만들기',
    intro:
      '위젯과 설정을 고르고 미리 보기로 확인한 다음, 코드를 페이지에 붙여 넣으세요(CMS에서는 HTML 블록에). 그 밖에 필요한 것은 없습니다.',
    element: '위젯',
    'twin-event-calendar': '행사 달력',
    'twin-partner-map': '협력 도시 지도',
    'twin-delegation-list': '대표단 및 회담',
    'twin-report-summary': '연간 보고서 요약',
    feed: '피드 주소',
    feedHint:
      '사이트에서 피드(JSON)를 게시하는 주소입니다. 공백으로 구분한 여러 주소는 합쳐집니다. 다른 사이트의 피드는 내 사이트가 읽을 수 있도록 허용해야 합니다(CORS).',
    feedBad: 'http(s) 주소나 /feeds/khabarovsk-2021.json 같은 사이트 내 경로를 입력하세요.',
    lang: '언어',
    langPage: '페이지 언어와 같게',
    partner: '다음 도시와 관련된 것만',
    partnerAll: '전체(모든 협력 도시)',
    partnerLoading: '피드를 읽는 중…',
    partnerFailed: '피드를 읽지 못해 협력 도시 목록을 만들 수 없습니다.',
    theme: '색상',
    'theme.auto': '방문자 시스템 설정에 따름(밝게 또는 어둡게)',
    'theme.light': '밝게',
    'theme.dark': '어둡게',
    view: '보기',
    'view.auto': '자동: 행사가 있는 곳',
    'view.month': '월 달력',
    'view.list': '목록',
    'view.year': '연간 개요',
    'view.map': '지도',
    'view.table': '목록(표)',
    sort: '정렬',
    'sort.date': '오래된 순',
    'sort.-date': '최신 순',
    'sort.city': '도시별',
    'sort.country': '국가별',
    compact: '숫자만(사이드바용)',
    hosting: '스크립트 불러올 곳',
    'hosting.cdn': 'jsDelivr CDN(이 버전으로 고정, 무결성 해시 포함)',
    'hosting.self': '내 사이트(dist/twinning-kit.js를 복사해 두기)',
    selfPath: '복사한 파일의 주소',
    selfHint:
      'dist/twinning-kit.js(npm run build 또는 npm 패키지에서)를 그 주소로 복사하세요. 파일은 하나뿐이며 다른 요청은 없습니다.',
    code: '붙여 넣을 코드',
    copy: '코드 복사',
    copied: '복사했습니다. 페이지에 붙여 넣으세요.',
    copyFailed: '복사하지 못했습니다. 코드를 선택해 직접 복사하세요.',
    version:
      'Twinning Kit {version}: 위젯 네 개와 언어 다섯 개가 든 {kb} KB(gzip) 파일 하나. 피드가 있는 사이트 외에는 어디에도 요청하지 않습니다.',
    integrityLoading: '파일의 무결성 해시를 계산하는 중…',
    integrityFailed:
      '여기서는 무결성 해시를 얻을 수 없습니다. npm run build를 실행하고 dist/twinning-kit.js의 해시를 사용하세요(openssl dgst -sha384 -binary dist/twinning-kit.js | openssl base64 -A).',
    csp: '사이트가 Content-Security-Policy를 보낸다면 다음을 허용해야 합니다:',
    preview: '미리 보기',
    fallback: '국제 협력 데이터(JSON)',
    form: '코드 형식',
    'form.element': '스크립트와 위젯 태그(둘 다 넣을 수 있는 페이지용)',
    'form.div': '스크립트와 일반 <div>(모르는 태그를 지우는 편집기용: WordPress 글쓴이, DOMPurify 같은 HTML 필터)',
    'form.iframe': '임베드 페이지의 iframe(스크립트를 넣을 수 없는 편집기용)',
    'form.divHint':
      '편집기는 div를 남깁니다. 스크립트는 사이트 템플릿에서 스크립트를 넣을 수 있는 곳에 한 번만 넣으세요.',
    'form.iframeHint':
      'embed.html, embed.js, twinning-kit.js(dist/에서)를 사이트의 한 폴더에 복사하세요. iframe 뒤의 스크립트가 높이를 위젯에 맞춥니다. 없으면 iframe은 처음 높이를 유지합니다. WordPress에서는 대신 npx twinning-kit oembed로 만든 페이지의 주소를 붙여 넣으세요.',
    kitFolder: '사이트에 있는 키트 파일 폴더',
  },
};
