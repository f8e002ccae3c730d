<?php
/**
 * Scripts. The elements are ES modules (the CDN build in assets/cdn, its chunks fetched relative to it, so from
 * this plugin's own URL): the front-end script is printed as `<script type="module" src="…">` and only on pages
 * where a block or shortcode rendered an element. Nothing is inline, so a strict Content-Security-Policy
 * (script-src 'self') keeps working. WordPress 6.5 has wp_enqueue_script_module; a script_loader_tag filter does
 * the same from 6.1 on.
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function recovery_widgets_register_assets() {
	wp_register_script( 'recovery-widgets', RECOVERY_WIDGETS_URL . 'assets/front.js', array(), RECOVERY_WIDGETS_VERSION, true );
	wp_register_script(
		'recovery-widgets-editor',
		RECOVERY_WIDGETS_URL . 'assets/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		RECOVERY_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'recovery-widgets-editor', 'recovery-widgets' );
}

/** Called by each render: the module loads in the footer of the pages that use an element, once. */
function recovery_widgets_enqueue() {
	if ( ! is_admin() && ! wp_script_is( 'recovery-widgets', 'enqueued' ) ) {
		wp_enqueue_script( 'recovery-widgets' );
	}
}

/**
 * Prints our front-end script as a module.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 */
function recovery_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'recovery-widgets' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="recovery-widgets-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'recovery_widgets_module_tag', 10, 3 );
