<?php
/**
 * The editor script's dependencies (what a build step would write; this script needs none).
 *
 * @package TwinningKit
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
