<?php
/**
 * The block `twinning-kit/widget`: its settings are comment attributes (which KSES keeps for authors
 * without `unfiltered_html`), drawn on the server by the shortcode's renderer.
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from block.json.
 */
function twinning_kit_register_block() {
	register_block_type(
		TWINNING_KIT_DIR . 'block',
		array( 'render_callback' => 'twinning_kit_render_block' )
	);
	// The editor's words, from a language pack when the site has one (the handle WordPress gives block.json's editorScript).
	wp_set_script_translations( 'twinning-kit-widget-editor-script', 'twinning-kit' );
}
add_action( 'init', 'twinning_kit_register_block' );

/**
 * The block's server render.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function twinning_kit_render_block( $attributes ) {
	return twinning_kit_render( is_array( $attributes ) ? $attributes : array() );
}
