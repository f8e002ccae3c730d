<?php
/**
 * Plugin Name:       Recovery widgets
 * Description:       Meeting finder, alumni events with RSVP, recovery milestones and alumni stories for treatment centers, as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            recovery-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       recovery-widgets
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'RECOVERY_WIDGETS_VERSION', '0.1.0' );
define( 'RECOVERY_WIDGETS_FILE', __FILE__ );
define( 'RECOVERY_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'RECOVERY_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once RECOVERY_WIDGETS_DIR . 'includes/settings.php';
require_once RECOVERY_WIDGETS_DIR . 'includes/render.php';
require_once RECOVERY_WIDGETS_DIR . 'includes/assets.php';
require_once RECOVERY_WIDGETS_DIR . 'includes/blocks.php';
require_once RECOVERY_WIDGETS_DIR . 'includes/shortcodes.php';

add_action( 'init', 'recovery_widgets_register_assets' );
add_action( 'init', 'recovery_widgets_register_blocks' );
add_action( 'init', 'recovery_widgets_register_shortcodes' );
add_action( 'admin_init', 'recovery_widgets_register_settings' );
add_action( 'admin_menu', 'recovery_widgets_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'recovery_widgets_action_links' );
