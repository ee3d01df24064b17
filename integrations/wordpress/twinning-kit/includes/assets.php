<?php
/**
 * The kit's script, served from this plugin (no CDN unless a site asks for one through the
 * `twinning_kit_script_url` filter) and loaded as a module only on pages that show a widget.
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The kit's module URL.
 *
 * @return string
 */
function twinning_kit_script_url() {
	/**
	 * Filters the URL the kit's module is loaded from (the plugin's own copy by default).
	 *
	 * @param string $url The URL of assets/twinning-kit.js in this plugin.
	 */
	return (string) apply_filters( 'twinning_kit_script_url', plugins_url( 'assets/twinning-kit.js', TWINNING_KIT_FILE ) );
}

/**
 * The version in the script's URL: changes whenever the file does, so no browser keeps an old kit.
 *
 * @return string
 */
function twinning_kit_script_version() {
	$file = TWINNING_KIT_DIR . 'assets/twinning-kit.js';
	return file_exists( $file ) ? TWINNING_KIT_VERSION . '.' . filemtime( $file ) : TWINNING_KIT_VERSION;
}

/**
 * Loads the kit on the current page: as a script module where WordPress has them (6.5+), else as a
 * classic script whose tag gets `type="module"`. In the admin (the block editor) always the latter:
 * WordPress before 6.7 prints no script modules there.
 */
function twinning_kit_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( 'twinning-kit', twinning_kit_script_url(), array(), twinning_kit_script_version() );
		return;
	}
	wp_enqueue_script( 'twinning-kit', twinning_kit_script_url(), array(), twinning_kit_script_version(), true );
}

/**
 * Makes the classic script tag of the kit a module tag.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function twinning_kit_module_tag( $tag, $handle ) {
	if ( 'twinning-kit' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'twinning_kit_module_tag', 10, 2 );

/**
 * Whether post content shows a widget the kit must upgrade: the shortcode, the block, the `div` form
 * (`class="twinning-kit"`, which survives KSES for authors) or the bare `<twin-…>` element.
 *
 * @param string $content Post content.
 * @return bool
 */
function twinning_kit_content_needs_kit( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	return has_shortcode( $content, 'twinning_kit' )
		|| has_block( 'twinning-kit/widget', $content )
		|| false !== stripos( $content, '<twin-' )
		|| 1 === preg_match( '/class\s*=\s*(["\'])(?:[^"\']*\s)?twinning-kit(?:\s[^"\']*)?\1/i', $content );
}

/**
 * Enqueues the kit when a post of the main query needs it. Widgets drawn elsewhere (a template, a
 * sidebar) enqueue it themselves as they render.
 */
function twinning_kit_enqueue_for_content() {
	global $wp_query;
	if ( ! ( $wp_query instanceof WP_Query ) || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && twinning_kit_content_needs_kit( $post->post_content ) ) {
			twinning_kit_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'twinning_kit_enqueue_for_content' );

/**
 * The block editor gets the kit too, so the block's preview is the live widget: in the editor's page
 * (enqueue_block_editor_assets) and in its iframe where WordPress 6.3+ uses one (enqueue_block_assets,
 * which also runs on the front end: there the content decides).
 */
function twinning_kit_enqueue_for_editor() {
	if ( is_admin() ) {
		twinning_kit_enqueue();
	}
}
add_action( 'enqueue_block_editor_assets', 'twinning_kit_enqueue_for_editor' );
add_action( 'enqueue_block_assets', 'twinning_kit_enqueue_for_editor' );
