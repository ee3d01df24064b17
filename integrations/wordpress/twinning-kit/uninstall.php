<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package TwinningKit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $twinning_kit_site ) {
		switch_to_blog( $twinning_kit_site );
		delete_option( 'twinning_kit_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'twinning_kit_settings' );
}
