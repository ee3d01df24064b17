/** The command line in Simplified Chinese. */
import type {CliWords, CollectionWord, OembedWords, RenderWords} from './types.js';

const USAGE = `用法：twinning-kit validate FILE|URL [FILE|URL...] [--lang L] [--rich]
      twinning-kit ics FILE|URL [FILE|URL...] [--lang L] [--partner ID] [--year YYYY] [--precise-only] > events.ics
      twinning-kit import EVENTS.csv --into FEED.json [--lang L] > new-feed.json

validate  按照数据源规范（第 1 版）检查 Twinning Kit 数据源，并找出不合常理
          之处（结束早于开始、城市与自身建立合作关系、未分配的国家代码等）。
          每个问题都会连同 JSON 路径、值和原因一起列出。
          退出状态：0 所有数据源均有效；1 发现问题；2 有数据源无法读取。
          每个馈送之后，显示其中有多少活动会以活动形式出现在搜索结果中
          （日期精确到日，且有地点或为线上活动）；--rich 列出其余活动及原因。
          这不算馈送的问题。
ics       将各数据源中的活动（按顺序合并）写成一个 iCalendar 文件
          （RFC 5545），输出到标准输出。文本使用 --lang 指定的语言（默认为
          第一个数据源的语言）；如指定 --partner 或 --year，则只输出与该
          合作城市有关或该年份的活动。
          只知道月份或年份的活动，会写成覆盖整个月或整年的全天日程；
          --precise-only 会略去这些活动（在 Google 或 Outlook 中，长达
          一个月的横条只会干扰查看）。
          问题输出到标准错误；无效的活动会被略去。
          退出状态：0 已写出；1 已写出但发现问题；2 有数据源无法读取或选项
          有误。
import    将电子表格导出的 CSV（以逗号或分号分隔）中的活动添加到数据源，并把
          结果写到标准输出。表格更新后可再次运行：数据源中已有的行会被识别，
          不会重复添加（ID 由每项活动的开始日期和名称生成）。
          表头（英文或俄文，顺序不限）：title/Название, start/Начало,
          end/Окончание, format/Формат, categories/Категории, cities/Города,
          place/Место, description/Описание, url/Ссылка, id；其他语言的文本
          写在 title_en 或 "Название (ja)" 这样的列中。日期：2021、07.2021、
          15.07.2021 或 2021-07-15。城市和类别可用 ID 或名称表示。
          无法读取的行会按行号列在标准错误中，不会添加。
          退出状态：0 所有行均已添加或已存在；1 有些行未能添加；2 有文件
          无法读取或选项有误。

--lang    这些消息（对 ics 而言还包括日历文本）使用的语言：en、ru、zh-Hans、
          ja 或 ko。默认根据 LC_ALL、LC_MESSAGES 或 LANG 确定。`;

/** 「19个城市」: the measure words the widgets use. */
const COUNT: Record<CollectionWord, string> = {
  cities: '{n}个城市',
  partnerships: '{n}项合作关系',
  categories: '{n}个类别',
  events: '{n}项活动',
  delegations: '{n}个代表团',
  reports: '{n}份报告',
};

const COLUMN = {title: '"title"（或 "Название"）', start: '"start"（或 "Начало"）'};

const OEMBED_USAGE = `用法：twinning-kit oembed --base URL --element E --src FEED --out DIR
         [--lang L] [--partner ID] [--view V] [--theme T] [--heading-level N]
         [--title TEXT] [--name NAME] [--kit URL]

oembed    无需服务器代码，让您的网站成为某个组件的 oEmbed 提供者：写入
          DIR/NAME.html（显示该组件并指明其 oEmbed 描述的页面）、
          DIR/NAME.oembed.json（oEmbed 1.0，“rich”：工具包 embed.html 的
          iframe）以及 .htaccess / _headers（WordPress 沙盒 iframe 所需的
          Access-Control-Allow-Origin: * 标头）。将 DIR 上传到 --base，
          然后在 WordPress 中单独一行粘贴 BASE/NAME.html。
          --base     DIR 发布后的 http(s) 地址
          --kit      twinning-kit.js、embed.html 和 embed.js 所在位置
                     （默认：--base）
          --element  event-calendar、partner-map、delegation-list 或
                     report-summary
          --src      数据源：http(s) 地址或您网站上的路径
          --name     文件名（默认：element-partner-lang）
          退出状态：0 表示已写入，2 表示选项有误或文件无法写入。`;

const OEMBED: OembedWords = {
  usage: OEMBED_USAGE,
  missing: (option) => `缺少必需的选项 ${option}（twinning-kit oembed --help）`,
  notHttp: (option, value) => `${option}“${value}”：不是 http(s) 地址`,
  badSrc: (value) => `--src“${value}”：既不是 http(s) 地址，也不是网站上的路径`,
  badElement: (value) =>
    `--element“${value}”：不是本工具包的组件（event-calendar、partner-map、delegation-list、report-summary）`,
  badValue: (option, value, allowed) => `${option}“${value}”：不是可接受的值（${allowed}）`,
  cannotWrite: (path, why) => `${path}：无法写入：${why}`,
  written: ({files, paste, kit}) =>
    `已写入：\n${files.map((f) => `  ${f}`).join('\n')}\n工具包的文件（twinning-kit.js、embed.html、embed.js）须位于 ${kit}，且它们和数据源都须带 Access-Control-Allow-Origin: * 标头提供。\n请在 WordPress 中单独一行粘贴此地址：\n  ${paste}`,
};

const RENDER_USAGE = `用法：twinning-kit render FILE|URL [FILE|URL...] --element E [--lang L]
        [--partner ID] [--view V] [--year YYYY] [--heading-level N] > content.html
      twinning-kit render FILE|URL [FILE|URL...] --all --out DIR [--base URL]
        [--lang L,L...]

render    将一个小组件的内容写成普通 HTML，放入页面上的元素之中：无需
          JavaScript 即可阅读，搜索引擎也能读取，小组件加载后接替显示；
          日期精确到日的活动另附 schema.org JSON-LD。
          --element  event-calendar、partner-map、delegation-list 或
                     report-summary
          --lang     读者的语言（默认：第一个数据源的语言）
          --partner  只包含与该友好城市有关的内容（城市 id）
          --view     日历：list（全部活动）、month 或 year（日历打开时
                     所在月份或年份的活动）
          --year     日历和报告的年份
          --heading-level  小组件第一个标题的级别（1–6）
          --all      改为写出一个文件夹：DIR/LANG/ELEMENT.html（四个小组件
                     的内容）、每项活动一页（DIR/LANG/events/）、每个友好
                     城市一页（DIR/LANG/partners/）、DIR/index.html 和
                     DIR/twinning-kit-static.css；--lang 列出语言（默认：
                     en,ru,zh-Hans,ja,ko），--base 为 DIR 发布后的地址
                     （用于规范链接）
          退出状态：0 表示已写出，1 表示已写出但数据源有问题，2 表示无法
          读取数据源或参数有误。`;

const RENDER: RenderWords = {
  usage: RENDER_USAGE,
  missing: (option) => `缺少必需的参数 ${option}（twinning-kit render --help）`,
  notWith: (option, other) => `参数 ${option} 不能与 ${other} 同时使用（twinning-kit render --help）`,
  written: (files, dir, say) => `已向 ${dir} 写出 ${say.plural(files, {other: '{n} 个文件'})}`,
  index: '无需 JavaScript 的内容',
  elements: {
    'event-calendar': '活动日历',
    'partner-map': '友好城市',
    'delegation-list': '代表团',
    'report-summary': '年度报告',
  },
  events: '活动',
  partners: '友好城市',
  allPages: '全部页面',
};

const ZH_CLI: CliWords = {
  lang: 'zh-Hans',
  usage: `${USAGE}\n\n${OEMBED_USAGE}`,
  rich: (file, p, say) => `${file}：${say.n(p.events)} 项活动中有 ${say.n(p.rich)} 项会以活动形式出现在搜索结果中`,
  noRich: (reason) =>
    reason === 'month'
      ? '只知道月份：请填写具体日期，活动才会以活动形式出现在搜索结果中'
      : reason === 'year'
        ? '只知道年份：请填写月份和日期，活动才会以活动形式出现在搜索结果中'
        : '没有地点：请填写 "place" 或 "placeCity"，或将 "format" 设为 "online"，活动才会以活动形式出现在搜索结果中',
  separator: '、',
  count: (what, n, say) => say.plural(n, {other: COUNT[what]}),
  valid: (file, counts) => `${file}: 数据源有效：${counts}`,
  notUsable: '数据源无法使用',
  cannotRead: (file, why) => `${file}: 无法读取：${why}`,
  readFailure: (r, say) => {
    switch (r.id) {
      case 'notFound':
        return '文件不存在';
      case 'denied':
        return '没有访问权限';
      case 'folder':
        return '这是文件夹，不是文件';
      case 'http':
        return `服务器返回 ${r.status}`;
      case 'tooLarge':
        return `数据源超过 ${say.n(r.mb)} MB`;
      case 'timeout':
        return `${say.n(r.seconds)}秒内没有响应`;
      case 'network':
        return '无法连接到该地址';
      case 'other':
        return r.detail;
    }
  },
  error: '错误',
  warning: '警告',
  found: (file, p, say) =>
    `${file}: ${say.plural(p.problems, {other: '共{n}个问题'})}（${say.plural(p.errors, {other: '错误{n}个'})}，${say.plural(p.warnings, {other: '警告{n}个'})}）；${say.plural(p.skipped, {other: '跳过{n}个条目'})}；结果：${p.usable}`,
  wrongOption: (option) => `未知或为空的选项：${option}`,
  noSuchPartner: (id) => `--partner ${id}：数据源中没有此城市`,
  written: (events, left, imprecise, say) =>
    [
      say.plural(events, {other: '已写入{n}项活动'}),
      left ? say.plural(left, {other: '已略去{n}个无效条目'}) : '',
      imprecise ? say.plural(imprecise, {other: '已略去{n}项只知道月份或年份的活动'}) : '',
    ]
      .filter(Boolean)
      .join('；'),
  notUsableToImportInto: (file) => `${file}: 不是可导入的有效数据源`,
  rowNotImported: (reasons) => `未导入：${reasons.join('；')}`,
  rowReason: (r) => {
    switch (r.id) {
      case 'emptyFile':
        return '文件为空';
      case 'unknownColumn':
        return `无法识别列 "${r.name}"，未读取该列`;
      case 'missingColumn':
        return `表头中没有 ${COLUMN[r.name]}列`;
      case 'badDate':
        return `${r.field === 'start' ? '开始日期' : '结束日期'} "${r.value}" 不是 2021、07.2021 或 15.07.2021 这样的日期`;
      case 'badFormat':
        return `活动形式 "${r.value}" 不是 online、offline（очно）或 hybrid（очно-заочно）之一`;
      case 'unknownCity':
        return `数据源中没有城市 "${r.value}"`;
      case 'unknownCategory':
        return `数据源中没有类别 "${r.value}"`;
      case 'noTitle':
        return '没有名称';
      case 'noStart':
        return '没有开始日期';
      case 'idTaken':
        return `ID "${r.value}" 已被数据源中的另一项活动使用`;
      case 'repeatedRow':
        return `与第${r.line}行重复`;
    }
  },
  rowKnown: (id) => `数据源中已有此项（"${id}"），保持不变`,
  imported: (p, say) =>
    [
      say.plural(p.added, {other: '已添加{n}项活动'}),
      p.known ? say.plural(p.known, {other: '{n}项已在数据源中'}) : '',
      say.plural(p.refused, {other: '{n}行未导入'}),
    ]
      .filter(Boolean)
      .join('；'),
  oembed: OEMBED,
  render: RENDER,
};

export default ZH_CLI;
