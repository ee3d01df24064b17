<?php
/**
 * Plugin Name:       Twinning Kit
 * Plugin URI:        https://github.com/twinning-kit/twinning-kit
 * Description:       A city's international cooperation on its own site: events, partner cities, delegations and the annual report, from one JSON feed. Shortcode [twinning_kit], a block, and the kit's script served from this plugin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Twinning Kit contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       twinning-kit
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

define( 'TWINNING_KIT_VERSION', '0.1.0' );
define( 'TWINNING_KIT_FILE', __FILE__ );
define( 'TWINNING_KIT_DIR', plugin_dir_path( __FILE__ ) );
define( 'TWINNING_KIT_OPTION', 'twinning_kit_settings' );

require_once TWINNING_KIT_DIR . 'includes/values.php';
require_once TWINNING_KIT_DIR . 'includes/render.php';
require_once TWINNING_KIT_DIR . 'includes/assets.php';
require_once TWINNING_KIT_DIR . 'includes/block.php';

if ( is_admin() ) {
	require_once TWINNING_KIT_DIR . 'includes/settings.php';
}

add_shortcode( 'twinning_kit', 'twinning_kit_shortcode' );
