<?php
/**
 * Runs the plugin's renderer on WordPress's own escaping, KSES, shortcode and block-parsing code (the real
 * files of the WordPress given as the first argument), with only the database-backed functions stubbed.
 * Prints one JSON object: cases (name → output), needsKit, moduleTag. Used by test/node/wordpress-plugin.test.ts.
 *
 * Usage: php wordpress-plugin-unit.php /usr/share/wordpress /path/to/twinning-kit
 */

$wordpress = rtrim( $argv[1], '/' ) . '/';
$plugin    = rtrim( $argv[2], '/' ) . '/';

define( 'ABSPATH', $wordpress );
define( 'WPINC', 'wp-includes' );
foreach ( array( 'plugin.php', 'formatting.php', 'kses.php', 'shortcodes.php', 'http.php', 'blocks.php', 'class-wp-block-parser.php' ) as $file ) {
	require_once ABSPATH . WPINC . '/' . $file;
}

// What the database and the request would say.
$GLOBALS['twinning_test'] = array(
	'options'  => array( 'blog_charset' => 'UTF-8' ),
	'locale'   => 'en_US',
	'home'     => 'https://city.example/news',
	'enqueued' => array(),
);
function get_option( $name, $default = false ) {
	return array_key_exists( $name, $GLOBALS['twinning_test']['options'] ) ? $GLOBALS['twinning_test']['options'][ $name ] : $default;
}
function get_locale() {
	return $GLOBALS['twinning_test']['locale'];
}
function home_url( $path = '' ) {
	return $GLOBALS['twinning_test']['home'] . ( '' === $path ? '' : '/' . ltrim( $path, '/' ) );
}
function plugins_url( $path, $file ) {
	return 'https://city.example/news/wp-content/plugins/twinning-kit/' . $path;
}
function is_admin() {
	return false;
}
function wp_enqueue_script( $handle ) {
	$GLOBALS['twinning_test']['enqueued'][] = $handle;
}

require $plugin . 'twinning-kit.php';

$out = array( 'cases' => array() );
$run = function ( $name, $content ) use ( &$out ) {
	$GLOBALS['twinning_test']['enqueued'] = array();
	if ( is_array( $content ) ) {
		$html = twinning_kit_render( $content ); // Attributes no WordPress parser would let through.
	} else {
		$html = 0 === strpos( $content, '<!-- wp:' ) ? render_block_stub( $content ) : do_shortcode( $content );
	}
	$out['cases'][ $name ] = array(
		'html'     => $html,
		'enqueued' => $GLOBALS['twinning_test']['enqueued'],
	);
};

$run( 'plain', '[twinning_kit element="event-calendar" src="https://city.example/feeds/k.json" lang="ru"]' );
$run( 'all', '[twinning_kit element="partner-map" src="/feeds/k.json" lang="ja" partner="niigata" view="list" theme="dark"]' );
$run( 'twin-prefix', '[twinning_kit element="twin-delegation-list" src="feeds/k.json?a=1&amp;b=2"]' );
$run( 'view-elsewhere', '[twinning_kit element="report-summary" src="/k.json" view="year"]' );
$run( 'unknown-element', '[twinning_kit element="calendar" src="/k.json" lang="ru"]' );
$run( 'javascript', '[twinning_kit src="javascript:alert(1)" lang="ja"]' );
$run( 'javascript-entity', '[twinning_kit src="javascript&colon;alert(1)" lang="ko"]' );
$run( 'data-url', '[twinning_kit src="data:text/html,x" lang="zh-Hans"]' );
$run( 'tab-in-scheme', "[twinning_kit src=\"java\tscript:alert(1)\"]" );
$run( 'not-utf8', array( 'src' => "https://city.example/\xff.json" ) );
$run( 'protocol-relative', '[twinning_kit src="//evil.example/k.json"]' );
$run( 'hostile-partner', '[twinning_kit src="/k.json" partner=\'"><script>alert(1)</script>\']' );
$run( 'hostile-theme', '[twinning_kit src="/k.json" theme="dark\' onload=\'alert(1)"]' );
$run( 'broken-attribute', '[twinning_kit src=""><script>alert(2)</script>"]' );
$run( 'hostile-lang', '[twinning_kit src="/k.json" lang="ru\'><b>"]' );
$run( 'no-src', '[twinning_kit]' );
$run( 'block', '<!-- wp:twinning-kit/widget {"element":"partner-map","src":"/k.json?x=1\u0026amp;y=2","lang":"ko"} /-->' );
$run( 'heading-level', '[twinning_kit element="report-summary" src="/k.json" heading-level="3"]' );
$run( 'heading-level-bad', '[twinning_kit src="/k.json" heading-level="7"]' );
$run( 'block-heading-level', '<!-- wp:twinning-kit/widget {"src":"/k.json","headingLevel":"4"} /-->' );
$run( 'block-hostile', '<!-- wp:twinning-kit/widget {"element":"x\u0022\u003e\u003cscript\u003ealert(3)\u003c/script\u003e"} /-->' );

// Defaults from the settings, then from the site's language.
$GLOBALS['twinning_test']['options'][ TWINNING_KIT_OPTION ] = array(
	'src'  => '/feeds/default.json',
	'lang' => 'zh-Hans',
);
$run( 'settings', '[twinning_kit]' );
$GLOBALS['twinning_test']['options'][ TWINNING_KIT_OPTION ]['lang'] = '';
$GLOBALS['twinning_test']['locale']                                 = 'ru_RU';
$run( 'locale', '[twinning_kit element="report-summary"]' );
$GLOBALS['twinning_test']['locale'] = 'de_DE';
$run( 'locale-other', '[twinning_kit element="report-summary"]' );

$out['needsKit'] = array_map(
	'twinning_kit_content_needs_kit',
	array(
		'shortcode' => 'a [twinning_kit] b',
		'block'     => '<!-- wp:twinning-kit/widget /-->',
		'div'       => '<div class="intro twinning-kit" data-element="event-calendar"></div>',
		'element'   => '<twin-event-calendar src="/k.json"></twin-event-calendar>',
		'other'     => '<div class="twinning-kit-notice">x</div> twinning kit',
	)
);
$out['moduleTag'] = array(
	twinning_kit_module_tag( "<script type='text/javascript' src='https://x/k.js' id='twinning-kit-js'></script>\n", 'twinning-kit' ),
	twinning_kit_module_tag( "<script src='https://x/k.js' id='twinning-kit-js'></script>\n", 'twinning-kit' ),
	twinning_kit_module_tag( "<script src='https://x/other.js' id='other-js'></script>\n", 'other' ),
);

/**
 * A block comment through WordPress's block parser and the plugin's block renderer (WP_Block needs the
 * block registry, which is empty here: init never runs).
 *
 * @param string $content Post content with one block.
 * @return string
 */
function render_block_stub( $content ) {
	$blocks = parse_blocks( $content );
	return twinning_kit_render_block( $blocks[0]['attrs'] );
}

echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
