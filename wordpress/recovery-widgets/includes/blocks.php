<?php
/**
 * The four blocks, registered from their block.json and rendered on the server (any theme, cache-friendly): the
 * saved post holds only the block's comment and its options; the markup is written on each request.
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function recovery_widgets_register_blocks() {
	foreach ( array( 'meetings', 'events', 'milestone', 'stories' ) as $element ) {
		$args = array(
			'render_callback' => function ( $attributes ) use ( $element ) {
				return recovery_widgets_render_block( $element, $attributes );
			},
		);
		if ( 'meetings' === $element && recovery_widgets_tsml_active() ) {
			// With 12 Step Meeting List active, a new Meetings block shows that plugin's feed with no configuration
			// (the editor shows the address in the block's Feeds field, where it can be changed).
			$metadata                                = wp_json_file_decode( RECOVERY_WIDGETS_DIR . 'blocks/meetings/block.json', array( 'associative' => true ) );
			$args['attributes']                      = $metadata['attributes'];
			$args['attributes']['src']['default']    = recovery_widgets_tsml_feed();
		}
		register_block_type( RECOVERY_WIDGETS_DIR . 'blocks/' . $element, $args );
	}
}

/**
 * A block's options (camelCase) as the element's attributes (kebab-case).
 *
 * @param string               $element    meetings, events, milestone or stories.
 * @param array<string, mixed> $attributes The block's attributes.
 */
function recovery_widgets_render_block( $element, $attributes ) {
	$given = array();
	foreach ( (array) $attributes as $name => $value ) {
		$given[ strtolower( preg_replace( '/[A-Z]/', '-$0', $name ) ) ] = $value;
	}
	return recovery_widgets_render( $element, $given, get_block_wrapper_attributes() );
}
