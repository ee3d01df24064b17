/** The command line in Japanese. */
import type {CliWords, CollectionWord, OembedWords, RenderWords} from './types.js';

const USAGE = `使い方: twinning-kit validate FILE|URL [FILE|URL...] [--lang L] [--rich]
        twinning-kit ics FILE|URL [FILE|URL...] [--lang L] [--partner ID] [--year YYYY] [--precise-only] > events.ics
        twinning-kit import EVENTS.csv --into FEED.json [--lang L] > new-feed.json

validate  Twinning Kit のフィードを、フィードのスキーマ（バージョン 1）に
          沿っているか、つじつまの合わない点（開始より前の終了、自分自身
          との提携、割り当てのない国コードなど）がないか検査します。
          問題ごとに JSON パス、値、理由を表示します。
          終了ステータス: 0 すべてのフィードが有効、1 問題あり、
          2 読み込めないフィードあり。
          フィードごとに、検索結果にイベントとして表示される行事の数も
          示します（日付が日まで分かり、場所があるかオンラインの行事）。
          --rich を付けると、それ以外の行事を理由とともに示します。
          これはフィードの問題ではありません。
ics       フィードの行事（順に統合）を 1 つの iCalendar ファイル
          （RFC 5545）として標準出力に書き出します。テキストは --lang の
          言語（省略時は最初のフィードの言語）です。--partner や --year を
          指定すると、その相手都市や年の行事だけを書き出します。
          月や年しかわからない行事は、その月や年全体にわたる終日の予定に
          なります。--precise-only を付けると、それらを除きます（Google
          や Outlook では 1 か月続く帯が邪魔になるため）。
          問題は標準エラー出力に表示し、無効な行事は除きます。
          終了ステータス: 0 書き出し完了、1 書き出したが問題あり、
          2 読み込めないフィードがあるか、オプションが誤っている。
import    表計算ソフトから書き出した CSV（区切りはカンマまたはセミコロン）
          の行事をフィードに追加し、結果を標準出力に書き出します。
          表を更新して再び実行しても、フィードにすでにある行は認識され、
          二重には追加されません（ID は各行事の開始日とタイトルから
          作られます）。
          見出し行（英語またはロシア語、順不同）: title/Название,
          start/Начало, end/Окончание, format/Формат, categories/Категории,
          cities/Города, place/Место, description/Описание, url/Ссылка, id。
          ほかの言語のテキストは title_en や "Название (ja)" の列に書きます。
          日付: 2021、07.2021、15.07.2021 または 2021-07-15。都市と分野は
          ID または名前で指定します。
          読み込めない行は、行番号とともに標準エラー出力に表示し、
          追加しません。
          終了ステータス: 0 すべての行を追加したか、すでにあった、
          1 追加できない行があった、2 読み込めないファイルがあるか、
          オプションが誤っている。

--lang    これらのメッセージ（ics ではカレンダーのテキストも）の言語:
          en、ru、zh-Hans、ja、ko。省略時は LC_ALL、LC_MESSAGES、LANG
          から決めます。`;

/** 「都市19件」: every collection counted as entries of the feed. */
const WORD: Record<CollectionWord, string> = {
  cities: '都市',
  partnerships: '提携',
  categories: '分野',
  events: '行事',
  delegations: '代表団',
  reports: '報告書',
};

const COLUMN = {title: '"title"（または "Название"）', start: '"start"（または "Начало"）'};

const OEMBED_USAGE = `使い方: twinning-kit oembed --base URL --element E --src FEED --out DIR
         [--lang L] [--partner ID] [--view V] [--theme T] [--heading-level N]
         [--title TEXT] [--name NAME] [--kit URL]

oembed    サーバー側のコードなしで、サイトを 1 つのウィジェットの oEmbed
          プロバイダーにします。DIR/NAME.html（ウィジェットを表示し、その
          oEmbed 記述を示すページ）、DIR/NAME.oembed.json（oEmbed 1.0、
          「rich」：キットの embed.html の iframe）、.htaccess / _headers
          （WordPress のサンドボックス iframe に必要な
          Access-Control-Allow-Origin: * ヘッダー）を書き出します。DIR を
          --base に公開し、WordPress に BASE/NAME.html を 1 行で貼り付けます。
          --base     DIR を公開する http(s) のアドレス
          --kit      twinning-kit.js、embed.html、embed.js の場所
                     （既定：--base）
          --element  event-calendar、partner-map、delegation-list、
                     report-summary のいずれか
          --src      フィード：http(s) のアドレスかサイト上のパス
          --name     ファイル名（既定：element-partner-lang）
          終了コード: 0 は書き出し済み、2 はオプションの誤りか書き込み失敗。`;

const OEMBED: OembedWords = {
  usage: OEMBED_USAGE,
  missing: (option) => `必須のオプション ${option} がありません（twinning-kit oembed --help）`,
  notHttp: (option, value) => `${option}「${value}」: http(s) のアドレスではありません`,
  badSrc: (value) => `--src「${value}」: http(s) のアドレスでも、サイト上のパスでもありません`,
  badElement: (value) =>
    `--element「${value}」: このキットのウィジェットではありません（event-calendar、partner-map、delegation-list、report-summary）`,
  badValue: (option, value, allowed) => `${option}「${value}」: 指定できない値です（${allowed}）`,
  cannotWrite: (path, why) => `${path}: 書き込めません: ${why}`,
  written: ({files, paste, kit}) =>
    `書き出しました:\n${files.map((f) => `  ${f}`).join('\n')}\nキットのファイル（twinning-kit.js、embed.html、embed.js）は ${kit} に置き、フィードとともに Access-Control-Allow-Origin: * ヘッダー付きで配信してください。\nWordPress にこのアドレスを 1 行で貼り付けてください:\n  ${paste}`,
};

const RENDER_USAGE = `使い方: twinning-kit render FILE|URL [FILE|URL...] --element E [--lang L]
         [--partner ID] [--view V] [--year YYYY] [--heading-level N] > content.html
       twinning-kit render FILE|URL [FILE|URL...] --all --out DIR [--base URL]
         [--lang L,L...]

render    ウィジェット 1 つの内容を通常の HTML として書き出します。ページ上の
          要素の中に置くと、JavaScript なしでも検索エンジンからも読め、
          ウィジェットが読み込まれるとそれに置き換わります。日付が日まで
          わかる行事は schema.org の JSON-LD も付きます。
          --element  event-calendar、partner-map、delegation-list または
                     report-summary
          --lang     読者の言語（既定: 最初のフィードの言語）
          --partner  その姉妹都市・友好都市に関わるものだけ（都市の id）
          --view     カレンダー: list（すべての行事）、month または year
                     （カレンダーが開く月または年の行事）
          --year     カレンダーと報告書の年
          --heading-level  ウィジェットの最初の見出しのレベル（1〜6）
          --all      代わりにフォルダーを書き出します: DIR/LANG/ELEMENT.html
                     （4 つのウィジェットの内容）、行事ごとのページ
                     （DIR/LANG/events/）、交流都市ごとのページ
                     （DIR/LANG/partners/）、DIR/index.html と
                     DIR/twinning-kit-static.css。--lang は言語の一覧（既定:
                     en,ru,zh-Hans,ja,ko）、--base は DIR を公開するアドレス
                     （正規リンク用）
          終了ステータス: 0 は書き出し完了、1 は書き出したがフィードに問題
          あり、2 はフィードを読めないかオプションの誤り。`;

const RENDER: RenderWords = {
  usage: RENDER_USAGE,
  missing: (option) => `${option} が必要です（twinning-kit render --help）`,
  notWith: (option, other) => `${option} は ${other} と一緒には使えません（twinning-kit render --help）`,
  written: (files, dir, say) => `${dir} に${say.plural(files, {other: '{n} 個のファイル'})}を書き出しました`,
  index: 'JavaScript なしで読める内容',
  elements: {
    'event-calendar': '行事カレンダー',
    'partner-map': '姉妹都市・友好都市',
    'delegation-list': '代表団',
    'report-summary': '年次報告',
  },
  events: '行事',
  partners: '姉妹都市・友好都市',
  allPages: 'すべてのページ',
};

const JA_CLI: CliWords = {
  lang: 'ja',
  usage: `${USAGE}\n\n${OEMBED_USAGE}`,
  rich: (file, p, say) =>
    `${file}: 行事${say.n(p.events)}件のうち${say.n(p.rich)}件が検索結果にイベントとして表示されます`,
  noRich: (reason) =>
    reason === 'month'
      ? '月までしか分かりません: 検索結果にイベントとして表示するには日を記入してください'
      : reason === 'year'
        ? '年しか分かりません: 検索結果にイベントとして表示するには月と日を記入してください'
        : '場所がありません: 検索結果にイベントとして表示するには "place" か "placeCity" を記入するか、"format" を "online" にしてください',
  separator: '、',
  count: (what, n, say) => say.plural(n, {other: `${WORD[what]}{n}件`}),
  valid: (file, counts) => `${file}: 有効なフィードです: ${counts}`,
  notUsable: '使用できないフィードです',
  cannotRead: (file, why) => `${file}: 読み込めません: ${why}`,
  readFailure: (r, say) => {
    switch (r.id) {
      case 'notFound':
        return 'ファイルがありません';
      case 'denied':
        return 'アクセス権がありません';
      case 'folder':
        return 'ファイルではなくフォルダーです';
      case 'http':
        return `サーバーが ${r.status} を返しました`;
      case 'tooLarge':
        return `フィードが ${say.n(r.mb)} MB を超えています`;
      case 'timeout':
        return `${say.n(r.seconds)}秒以内に応答がありません`;
      case 'network':
        return 'このアドレスに接続できませんでした';
      case 'other':
        return r.detail;
    }
  },
  error: 'エラー',
  warning: '警告',
  found: (file, p, say) =>
    `${file}: ${say.plural(p.problems, {other: '問題{n}件'})}（${say.plural(p.errors, {other: 'エラー{n}件'})}、${say.plural(p.warnings, {other: '警告{n}件'})}）。${say.plural(p.skipped, {other: '省略した項目{n}件'})}。読み込み結果: ${p.usable}`,
  wrongOption: (option) => `不明なオプション、または値のないオプションです: ${option}`,
  noSuchPartner: (id) => `--partner ${id}: フィードにない都市です`,
  written: (events, left, imprecise, say) =>
    [
      say.plural(events, {other: '行事{n}件を書き出しました'}),
      left ? say.plural(left, {other: '無効な項目{n}件を除きました'}) : '',
      imprecise ? say.plural(imprecise, {other: '月か年しかわからない行事{n}件を除きました'}) : '',
    ]
      .filter(Boolean)
      .join('。'),
  notUsableToImportInto: (file) => `${file}: 取り込み先として使えるフィードではありません`,
  rowNotImported: (reasons) => `取り込みませんでした: ${reasons.join('。')}`,
  rowReason: (r) => {
    switch (r.id) {
      case 'emptyFile':
        return 'ファイルが空です';
      case 'unknownColumn':
        return `"${r.name}" 列は認識できないため、読み込みませんでした`;
      case 'missingColumn':
        return `見出し行に ${COLUMN[r.name]}列がありません`;
      case 'badDate':
        return `${r.field === 'start' ? '開始日' : '終了日'} "${r.value}" は、2021、07.2021、15.07.2021 のような日付ではありません`;
      case 'badFormat':
        return `開催形式 "${r.value}" は、online、offline（очно）、hybrid（очно-заочно）のいずれでもありません`;
      case 'unknownCity':
        return `都市 "${r.value}" はフィードにありません`;
      case 'unknownCategory':
        return `分野 "${r.value}" はフィードにありません`;
      case 'noTitle':
        return '行事名がありません';
      case 'noStart':
        return '開始日がありません';
      case 'idTaken':
        return `ID "${r.value}" は、フィード内の別の行事ですでに使われています`;
      case 'repeatedRow':
        return `${r.line}行目と重複しています`;
    }
  },
  rowKnown: (id) => `"${id}" としてフィードにすでにあるため、そのままにしました`,
  imported: (p, say) =>
    [
      say.plural(p.added, {other: '行事{n}件を追加しました'}),
      p.known ? say.plural(p.known, {other: '{n}件はすでにフィードにありました'}) : '',
      say.plural(p.refused, {other: '{n}行は取り込みませんでした'}),
    ]
      .filter(Boolean)
      .join('。'),
  oembed: OEMBED,
  render: RENDER,
};

export default JA_CLI;
