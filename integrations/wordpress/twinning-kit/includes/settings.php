<?php
/**
 * Settings → Twinning Kit: the default feed URL and language (option `twinning_kit_settings`).
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option, its section and fields.
 */
function twinning_kit_settings_init() {
	register_setting(
		'twinning_kit',
		TWINNING_KIT_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'twinning_kit_sanitize_settings',
			'default'           => array(
				'src'  => '',
				'lang' => '',
			),
		)
	);
	add_settings_section( 'twinning_kit_defaults', __( 'Defaults for every widget', 'twinning-kit' ), 'twinning_kit_section_intro', 'twinning-kit' );
	add_settings_field( 'twinning_kit_src', __( 'Feed URL', 'twinning-kit' ), 'twinning_kit_field_src', 'twinning-kit', 'twinning_kit_defaults', array( 'label_for' => 'twinning-kit-src' ) );
	add_settings_field( 'twinning_kit_lang', __( 'Language', 'twinning-kit' ), 'twinning_kit_field_lang', 'twinning-kit', 'twinning_kit_defaults', array( 'label_for' => 'twinning-kit-lang' ) );
}
add_action( 'admin_init', 'twinning_kit_settings_init' );

/**
 * Checks what the form sent. A feed URL that is not http(s) or a path on this site is refused with a
 * message, and the saved one stays.
 *
 * @param mixed $input The submitted value.
 * @return array{src: string, lang: string}
 */
function twinning_kit_sanitize_settings( $input ) {
	$old   = twinning_kit_get_settings();
	$input = is_array( $input ) ? $input : array();
	$src   = isset( $input['src'] ) ? twinning_kit_plain( $input['src'] ) : $old['src'];
	$lang  = isset( $input['lang'] ) ? (string) $input['lang'] : $old['lang'];

	if ( '' !== $src && '' === twinning_kit_feed_url( $src ) ) {
		// WordPress sanitizes a new option twice (update_option, then add_option): say it once.
		$said = wp_list_pluck( get_settings_errors( TWINNING_KIT_OPTION ), 'code' );
		if ( ! in_array( 'twinning_kit_src', $said, true ) ) {
			add_settings_error(
				TWINNING_KIT_OPTION,
				'twinning_kit_src',
				__( 'The feed URL was not saved: it must start with https:// or http://, or be a path on this site such as /feeds/city.json.', 'twinning-kit' )
			);
		}
		$src = $old['src'];
	}
	return array(
		'src'  => $src,
		'lang' => in_array( $lang, twinning_kit_languages(), true ) ? $lang : '',
	);
}

/**
 * The section's introduction.
 */
function twinning_kit_section_intro() {
	echo '<p>' . esc_html__( 'A widget without its own feed URL or language uses these.', 'twinning-kit' ) . '</p>';
}

/**
 * The feed URL field.
 */
function twinning_kit_field_src() {
	$settings = twinning_kit_get_settings();
	printf(
		'<input type="text" class="regular-text code" id="twinning-kit-src" name="%1$s[src]" value="%2$s" placeholder="https://city.example/feeds/city.json" aria-describedby="twinning-kit-src-help" /><p class="description" id="twinning-kit-src-help">%3$s</p>',
		esc_attr( TWINNING_KIT_OPTION ),
		esc_attr( $settings['src'] ),
		esc_html__( 'An https:// or http:// address, or a path on this site (/feeds/city.json). A feed on another site must allow this one to read it (CORS).', 'twinning-kit' )
	);
}

/**
 * The language field.
 */
function twinning_kit_field_lang() {
	$settings = twinning_kit_get_settings();
	$names    = array(
		''        => __( 'The site’s language', 'twinning-kit' ),
		'en'      => 'English',
		'ru'      => 'Русский',
		'ja'      => '日本語',
		'ko'      => '한국어',
		'zh-Hans' => '简体中文',
	);
	printf( '<select id="twinning-kit-lang" name="%s[lang]">', esc_attr( TWINNING_KIT_OPTION ) );
	foreach ( $names as $value => $name ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['lang'], $value, false ), esc_html( $name ) );
	}
	echo '</select>';
}

/**
 * Adds the page under Settings.
 */
function twinning_kit_settings_menu() {
	add_options_page( __( 'Twinning Kit', 'twinning-kit' ), __( 'Twinning Kit', 'twinning-kit' ), 'manage_options', 'twinning-kit', 'twinning_kit_settings_page' );
}
add_action( 'admin_menu', 'twinning_kit_settings_menu' );

/**
 * The settings page. options.php checks the nonce that settings_fields() writes, and the capability.
 */
function twinning_kit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	if ( ! file_exists( TWINNING_KIT_DIR . 'assets/twinning-kit.js' ) ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'The kit’s script (assets/twinning-kit.js) is missing from the plugin: install the plugin from its zip (npm run build makes it).', 'twinning-kit' ) . '</p></div>';
	}
	echo '<form action="options.php" method="post">';
	settings_fields( 'twinning_kit' );
	do_settings_sections( 'twinning-kit' );
	submit_button();
	echo '</form><h2>' . esc_html__( 'In a post or page', 'twinning-kit' ) . '</h2><p>'
		. esc_html__( 'Add the “Twinning Kit” block, or write the shortcode:', 'twinning-kit' )
		. '</p><p><code>[twinning_kit element="event-calendar" src="/feeds/city.json" lang="ru"]</code></p><p>'
		. esc_html__( 'element: event-calendar, partner-map, delegation-list or report-summary. Also: partner (a city id), view, theme (light, dark), heading-level (1 to 6).', 'twinning-kit' )
		. '</p></div>';
}

/**
 * A "Settings" link beside the plugin's name in the Plugins list.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function twinning_kit_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=twinning-kit' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'twinning-kit' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( TWINNING_KIT_FILE ), 'twinning_kit_action_links' );
