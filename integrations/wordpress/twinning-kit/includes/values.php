<?php
/**
 * What the kit accepts: the four elements, the five languages, views and themes, and the checks of a
 * feed address and of every other value. Everything here is a pure function of its arguments and the
 * site's home URL and locale.
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements, each with the views it knows.
 *
 * @return array<string, string[]>
 */
function twinning_kit_elements() {
	return array(
		'event-calendar'  => array( 'month', 'list', 'year' ),
		'partner-map'     => array( 'map', 'list' ),
		'delegation-list' => array(),
		'report-summary'  => array(),
	);
}

/**
 * The languages the kit speaks.
 *
 * @return string[]
 */
function twinning_kit_languages() {
	return array( 'en', 'ru', 'ja', 'ko', 'zh-Hans' );
}

/**
 * A language tag or a WordPress locale (ru, ru-RU, ru_RU, zh_CN, zh-Hans-CN) as one of the kit's
 * languages, or '' when it is none of them.
 *
 * @param string $tag A language tag or locale.
 * @return string
 */
function twinning_kit_map_language( $tag ) {
	$primary = strtolower( (string) strtok( str_replace( '_', '-', (string) $tag ), '-' ) );
	if ( 'zh' === $primary ) {
		return 'zh-Hans';
	}
	return in_array( $primary, array( 'en', 'ru', 'ja', 'ko' ), true ) ? $primary : '';
}

/**
 * The site's language as one of the kit's (English when the site's is not among them).
 *
 * @return string
 */
function twinning_kit_site_language() {
	$lang = twinning_kit_map_language( get_locale() );
	return '' === $lang ? 'en' : $lang;
}

/**
 * The saved settings, always with both keys.
 *
 * @return array{src: string, lang: string}
 */
function twinning_kit_get_settings() {
	$saved = get_option( TWINNING_KIT_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'src'  => isset( $saved['src'] ) && is_string( $saved['src'] ) ? $saved['src'] : '',
		'lang' => isset( $saved['lang'] ) && in_array( $saved['lang'], twinning_kit_languages(), true ) ? $saved['lang'] : '',
	);
}

/**
 * A value as the author meant it: block attributes and post content reach us with `&` as `&amp;`.
 *
 * @param mixed $value Raw attribute value.
 * @return string
 */
function twinning_kit_plain( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$plain = trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	// Text that is not UTF-8 decodes to nothing: it stays a value every check refuses (a control
	// character), not an empty one, which would mean "the default".
	return '' === $plain && '' !== trim( (string) $value ) ? "\x00" : $plain;
}

/**
 * A feed address as an absolute http(s) URL, or '' when it is not acceptable. Accepted: an absolute
 * `https:` or `http:` URL with a host, a path from the site's root (`/feeds/city.json`) or a path
 * relative to the home URL (`feeds/city.json`). Refused: every other scheme (`javascript:`, `data:`...),
 * protocol-relative `//host`, whitespace, quotes and angle brackets.
 *
 * @param string $value The address as written.
 * @return string
 */
function twinning_kit_feed_url( $value ) {
	$value = twinning_kit_plain( $value );
	// A match, or no answer at all (text that is not UTF-8), refuses the value.
	if ( '' === $value || 0 !== preg_match( '/[\s<>"\'`\\\\{}|^]|[\x00-\x1f\x7f]/u', $value ) ) {
		return '';
	}
	if ( preg_match( '#^https?://#i', $value ) ) {
		$parts = wp_parse_url( $value );
		return is_array( $parts ) && ! empty( $parts['host'] ) ? $value : '';
	}
	if ( 0 === strpos( $value, '//' ) || preg_match( '#^[a-z][a-z0-9+.\-]*:#i', $value ) ) {
		return '';
	}
	$home = wp_parse_url( home_url( '/' ) );
	if ( ! is_array( $home ) || empty( $home['host'] ) ) {
		return '';
	}
	if ( '/' === $value[0] ) {
		$origin = ( isset( $home['scheme'] ) ? $home['scheme'] : 'https' ) . '://' . $home['host'];
		if ( isset( $home['port'] ) ) {
			$origin .= ':' . $home['port'];
		}
		return $origin . $value;
	}
	return trailingslashit( home_url() ) . $value;
}

/**
 * The link text inside the element: visitors without JavaScript (and search engines) get the feed.
 *
 * @param string $element One of the elements.
 * @param string $lang    One of the languages.
 * @return string
 */
function twinning_kit_fallback_text( $element, $lang ) {
	$texts = array(
		'en'      => array(
			'event-calendar'  => 'Events (data feed)',
			'partner-map'     => 'Partner cities (data feed)',
			'delegation-list' => 'Delegations (data feed)',
			'report-summary'  => 'Annual report (data feed)',
		),
		'ru'      => array(
			'event-calendar'  => 'События (файл данных)',
			'partner-map'     => 'Города-партнёры (файл данных)',
			'delegation-list' => 'Делегации (файл данных)',
			'report-summary'  => 'Годовой отчёт (файл данных)',
		),
		'ja'      => array(
			'event-calendar'  => 'イベント（データ）',
			'partner-map'     => '姉妹都市・友好都市（データ）',
			'delegation-list' => '代表団（データ）',
			'report-summary'  => '年次報告（データ）',
		),
		'ko'      => array(
			'event-calendar'  => '행사 (데이터)',
			'partner-map'     => '자매·우호 도시 (데이터)',
			'delegation-list' => '대표단 (데이터)',
			'report-summary'  => '연간 보고서 (데이터)',
		),
		'zh-Hans' => array(
			'event-calendar'  => '活动（数据源）',
			'partner-map'     => '友好城市（数据源）',
			'delegation-list' => '代表团（数据源）',
			'report-summary'  => '年度报告（数据源）',
		),
	);
	return isset( $texts[ $lang ][ $element ] ) ? $texts[ $lang ][ $element ] : $texts['en'][ $element ];
}

/**
 * The short notice shown instead of a widget that cannot be drawn, in the page's language. The kit's
 * own five languages need no .mo files.
 *
 * @param string $reason One of element, src, nosrc, value.
 * @param string $lang   One of the languages.
 * @return string
 */
function twinning_kit_notice_text( $reason, $lang ) {
	$texts = array(
		'en'      => array(
			'element' => 'Twinning Kit: unknown widget. Use event-calendar, partner-map, delegation-list or report-summary.',
			'src'     => 'Twinning Kit: the feed address must start with https:// or http://, or be a path on this site.',
			'nosrc'   => 'Twinning Kit: no feed address. Give one in the widget or under Settings → Twinning Kit.',
			'value'   => 'Twinning Kit: a setting of this widget has a value it cannot use, so the widget is not shown.',
		),
		'ru'      => array(
			'element' => 'Twinning Kit: неизвестный виджет. Возможные: event-calendar, partner-map, delegation-list, report-summary.',
			'src'     => 'Twinning Kit: адрес файла данных должен начинаться с https:// или http:// либо быть путём на этом сайте.',
			'nosrc'   => 'Twinning Kit: не указан адрес файла данных. Укажите его в виджете или в разделе «Настройки → Twinning Kit».',
			'value'   => 'Twinning Kit: у одного из параметров виджета недопустимое значение, поэтому виджет не показан.',
		),
		'ja'      => array(
			'element' => 'Twinning Kit：不明なウィジェットです。event-calendar、partner-map、delegation-list、report-summary のいずれかを指定してください。',
			'src'     => 'Twinning Kit：データの URL は https:// または http:// で始まるか、このサイト内のパスである必要があります。',
			'nosrc'   => 'Twinning Kit：データの URL がありません。ウィジェットか「設定 → Twinning Kit」で指定してください。',
			'value'   => 'Twinning Kit：ウィジェットの設定に使用できない値があるため、表示できません。',
		),
		'ko'      => array(
			'element' => 'Twinning Kit: 알 수 없는 위젯입니다. event-calendar, partner-map, delegation-list, report-summary 중 하나를 지정해 주십시오.',
			'src'     => 'Twinning Kit: 데이터 주소는 https:// 또는 http://로 시작하거나 이 사이트의 경로여야 합니다.',
			'nosrc'   => 'Twinning Kit: 데이터 주소가 없습니다. 위젯이나 ‘설정 → Twinning Kit’에서 지정해 주십시오.',
			'value'   => 'Twinning Kit: 위젯 설정에 사용할 수 없는 값이 있어 위젯을 표시하지 않습니다.',
		),
		'zh-Hans' => array(
			'element' => 'Twinning Kit：未知的组件。请使用 event-calendar、partner-map、delegation-list 或 report-summary。',
			'src'     => 'Twinning Kit：数据源地址必须以 https:// 或 http:// 开头，或是本站的路径。',
			'nosrc'   => 'Twinning Kit：没有数据源地址。请在组件中或在“设置 → Twinning Kit”中填写。',
			'value'   => 'Twinning Kit：组件的某项设置无法使用，因此未显示该组件。',
		),
	);
	return isset( $texts[ $lang ][ $reason ] ) ? $texts[ $lang ][ $reason ] : $texts['en']['value'];
}
