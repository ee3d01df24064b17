<?php
/**
 * The one renderer behind the shortcode and the block: attributes in, the kit's element out (with a
 * link to the feed inside for visitors without JavaScript), or a short notice and nothing else.
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode `[twinning_kit element="event-calendar" src="..." lang="ru" partner="" view="" theme=""]`
 * (and `heading-level`, the level of the widget's top heading when the page's outline needs another than 2).
 *
 * @param array|string $atts Attributes as WordPress parsed them ('' when there are none).
 * @return string
 */
function twinning_kit_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	foreach ( array_keys( $atts ) as $key ) {
		// A value without a name is what is left of a broken attribute (`src="x"><script>` and the like).
		if ( is_int( $key ) ) {
			return twinning_kit_notice( 'value', twinning_kit_widget_language( $atts ) );
		}
	}
	return twinning_kit_render( $atts );
}

/**
 * The language of one widget: its `lang`, else the setting, else the site's.
 *
 * @param array $atts Attributes.
 * @return string One of the kit's languages.
 */
function twinning_kit_widget_language( $atts ) {
	$lang = isset( $atts['lang'] ) ? twinning_kit_map_language( twinning_kit_plain( $atts['lang'] ) ) : '';
	if ( '' !== $lang ) {
		return $lang;
	}
	$settings = twinning_kit_get_settings();
	return '' !== $settings['lang'] ? $settings['lang'] : twinning_kit_site_language();
}

/**
 * The notice shown instead of a widget.
 *
 * @param string $reason One of element, src, nosrc, value.
 * @param string $lang   The page's language.
 * @return string
 */
function twinning_kit_notice( $reason, $lang ) {
	return '<p class="twinning-kit-notice" lang="' . esc_attr( $lang ) . '">' . esc_html( twinning_kit_notice_text( $reason, $lang ) ) . '</p>';
}

/**
 * Checks every attribute and draws the element, or the notice that says what is wrong.
 *
 * @param array $atts Attributes: element, src, lang, partner, view, theme, heading-level (the block's
 *                    headingLevel); missing ones are empty.
 * @return string HTML.
 */
function twinning_kit_render( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	if ( isset( $atts['headingLevel'] ) && ! isset( $atts['heading-level'] ) ) {
		$atts['heading-level'] = $atts['headingLevel'];
	}
	$in = array();
	foreach ( array( 'element', 'src', 'lang', 'partner', 'view', 'theme', 'heading-level' ) as $key ) {
		$in[ $key ] = isset( $atts[ $key ] ) ? twinning_kit_plain( $atts[ $key ] ) : '';
	}
	$lang = twinning_kit_widget_language( $in );

	$element  = strtolower( preg_replace( '/^twin-/i', '', $in['element'] ) );
	$elements = twinning_kit_elements();
	if ( '' === $element ) {
		$element = 'event-calendar';
	}
	if ( ! isset( $elements[ $element ] ) ) {
		return twinning_kit_notice( 'element', $lang );
	}

	$valid_lang = '' === $in['lang'] || preg_match( '/^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/', $in['lang'] );
	$all_views  = array( 'month', 'list', 'year', 'map' );
	$valid_view = '' === $in['view'] || in_array( $in['view'], $all_views, true );
	$valid_part = '' === $in['partner'] || preg_match( '/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/', $in['partner'] );
	$valid_look = '' === $in['theme'] || in_array( $in['theme'], array( 'auto', 'light', 'dark' ), true );
	$valid_head = '' === $in['heading-level'] || preg_match( '/^[1-6]$/', $in['heading-level'] );
	if ( ! $valid_lang || ! $valid_view || ! $valid_part || ! $valid_look || ! $valid_head ) {
		return twinning_kit_notice( 'value', $lang );
	}

	$settings = twinning_kit_get_settings();
	$written  = '' !== $in['src'] ? $in['src'] : $settings['src'];
	if ( '' === $written ) {
		return twinning_kit_notice( 'nosrc', $lang );
	}
	$src = esc_url( twinning_kit_feed_url( $written ), array( 'http', 'https' ) );
	if ( '' === $src ) {
		return twinning_kit_notice( 'src', $lang );
	}

	$attributes = array(
		'src'           => $src,
		'lang'          => $lang,
		'partner'       => $in['partner'],
		// A view the element does not have (a calendar's `year` on the map) is left to the element's default.
		'view'          => in_array( $in['view'], $elements[ $element ], true ) ? $in['view'] : '',
		'theme'         => $in['theme'],
		'heading-level' => $in['heading-level'],
	);
	$html = '<twin-' . $element;
	foreach ( $attributes as $name => $value ) {
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . ( 'src' === $name ? $value : esc_attr( $value ) ) . '"';
		}
	}
	$html .= '><a href="' . $src . '">' . esc_html( twinning_kit_fallback_text( $element, $lang ) ) . '</a></twin-' . $element . '>';

	twinning_kit_enqueue();
	return $html;
}
