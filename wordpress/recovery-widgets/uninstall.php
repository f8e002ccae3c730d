<?php
/**
 * Deleting the plugin removes its settings (the only thing it stores).
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'recovery_widgets_settings' );
delete_site_option( 'recovery_widgets_settings' );
