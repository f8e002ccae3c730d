<?php
/**
 * Settings → Recovery widgets: the center API, language, time zone, theme and crisis lines, set once for every
 * element on the site. Stored as one option through the Settings API (its nonce and capability checks).
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const RECOVERY_WIDGETS_OPTION = 'recovery_widgets_settings';

/** The stored settings with defaults filled in. */
function recovery_widgets_settings() {
	$defaults = array(
		'api'          => '',
		'lang'         => '',
		'time_zone'    => '',
		'theme'        => 'auto',
		'crisis_lines' => '',
		'no_crisis'    => false,
	);
	$stored   = get_option( RECOVERY_WIDGETS_OPTION, array() );
	return array_merge( $defaults, is_array( $stored ) ? $stored : array() );
}

/** Languages the elements speak (the site's language is used when it is one of them). */
function recovery_widgets_languages() {
	return array(
		'en' => __( 'English', 'recovery-widgets' ),
		'es' => __( 'Spanish', 'recovery-widgets' ),
	);
}

/**
 * Crisis lines from the textarea: one a line, "label | phone". Lines without both parts are dropped, so a typo
 * never shows a line with no number.
 *
 * @param string $text The textarea's value.
 * @return array<int, array{label: string, phone: string}>
 */
function recovery_widgets_parse_crisis_lines( $text ) {
	$lines = array();
	foreach ( preg_split( '/\r\n|\r|\n/', (string) $text ) as $line ) {
		$parts = array_map( 'trim', explode( '|', $line, 2 ) );
		if ( 2 !== count( $parts ) || '' === $parts[0] || '' === $parts[1] ) {
			continue;
		}
		$phone = preg_replace( '/[^0-9+()\-. ]/', '', $parts[1] );
		if ( '' === trim( $phone ) ) {
			continue;
		}
		$lines[] = array(
			'label' => sanitize_text_field( $parts[0] ),
			'phone' => trim( $phone ),
		);
	}
	return $lines;
}

/**
 * Sanitizes the settings form. Anything not recognised falls back to its default.
 *
 * @param mixed $input The submitted values.
 */
function recovery_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$out   = array();

	$api        = isset( $input['api'] ) ? trim( (string) $input['api'] ) : '';
	$out['api'] = '' === $api ? '' : esc_url_raw( $api, array( 'http', 'https' ) );
	if ( '' !== $api && '' === $out['api'] ) {
		add_settings_error( RECOVERY_WIDGETS_OPTION, 'api', __( 'The center API URL must start with http:// or https://.', 'recovery-widgets' ) );
	}

	$lang        = isset( $input['lang'] ) ? sanitize_key( $input['lang'] ) : '';
	$out['lang'] = array_key_exists( $lang, recovery_widgets_languages() ) ? $lang : '';

	$zone             = isset( $input['time_zone'] ) ? sanitize_text_field( $input['time_zone'] ) : '';
	$out['time_zone'] = in_array( $zone, timezone_identifiers_list(), true ) ? $zone : '';

	$theme        = isset( $input['theme'] ) ? sanitize_key( $input['theme'] ) : 'auto';
	$out['theme'] = in_array( $theme, array( 'auto', 'light', 'dark' ), true ) ? $theme : 'auto';

	$lines               = recovery_widgets_parse_crisis_lines( isset( $input['crisis_lines'] ) ? $input['crisis_lines'] : '' );
	$out['crisis_lines'] = implode(
		"\n",
		array_map(
			function ( $line ) {
				return $line['label'] . ' | ' . $line['phone'];
			},
			$lines
		)
	);
	$out['no_crisis']    = ! empty( $input['no_crisis'] );
	return $out;
}

function recovery_widgets_register_settings() {
	register_setting(
		'recovery_widgets',
		RECOVERY_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'recovery_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'recovery_widgets_main', '', '__return_false', 'recovery-widgets' );
	$fields = array(
		'api'          => __( 'Center API URL', 'recovery-widgets' ),
		'lang'         => __( 'Language', 'recovery-widgets' ),
		'time_zone'    => __( 'Time zone', 'recovery-widgets' ),
		'theme'        => __( 'Theme', 'recovery-widgets' ),
		'crisis_lines' => __( 'Crisis lines', 'recovery-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'recovery_widgets_' . $key,
			$label,
			'recovery_widgets_field_' . $key,
			'recovery-widgets',
			'recovery_widgets_main',
			array( 'label_for' => 'recovery-widgets-' . str_replace( '_', '-', $key ) )
		);
	}
}

function recovery_widgets_field_api() {
	$settings = recovery_widgets_settings();
	printf(
		'<input type="url" class="regular-text code" id="recovery-widgets-api" name="%1$s[api]" value="%2$s" placeholder="https://center.example.org/api" aria-describedby="recovery-widgets-api-help" />',
		esc_attr( RECOVERY_WIDGETS_OPTION ),
		esc_attr( $settings['api'] )
	);
	echo '<p class="description" id="recovery-widgets-api-help">' . esc_html__( 'Your center API: events, RSVPs, stories and celebrations come from it. Leave empty if you only show meetings from a feed.', 'recovery-widgets' ) . '</p>';
}

function recovery_widgets_field_lang() {
	$settings = recovery_widgets_settings();
	printf( '<select id="recovery-widgets-lang" name="%s[lang]">', esc_attr( RECOVERY_WIDGETS_OPTION ) );
	printf(
		'<option value=""%1$s>%2$s</option>',
		selected( $settings['lang'], '', false ),
		/* translators: %s: the site's language code, e.g. en-US */
		esc_html( sprintf( __( 'The site’s language (%s)', 'recovery-widgets' ), recovery_widgets_site_lang() ) )
	);
	foreach ( recovery_widgets_languages() as $code => $name ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $code ), selected( $settings['lang'], $code, false ), esc_html( $name ) );
	}
	echo '</select>';
}

function recovery_widgets_field_time_zone() {
	$settings = recovery_widgets_settings();
	$site     = recovery_widgets_site_time_zone();
	printf( '<select id="recovery-widgets-time-zone" name="%s[time_zone]" aria-describedby="recovery-widgets-time-zone-help">', esc_attr( RECOVERY_WIDGETS_OPTION ) );
	printf(
		'<option value=""%1$s>%2$s</option>',
		selected( $settings['time_zone'], '', false ),
		esc_html(
			'' === $site
				? __( 'The site’s: a UTC offset, so each visitor’s own', 'recovery-widgets' )
				/* translators: %s: an IANA time zone such as America/New_York */
				: sprintf( __( 'The site’s (%s)', 'recovery-widgets' ), $site )
		)
	);
	foreach ( timezone_identifiers_list() as $zone ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $zone ), selected( $settings['time_zone'], $zone, false ), esc_html( $zone ) );
	}
	echo '</select>';
	echo '<p class="description" id="recovery-widgets-time-zone-help">' . esc_html__( 'Where your center is: it decides “today” and the zone of meetings whose feed names none.', 'recovery-widgets' ) . '</p>';
}

function recovery_widgets_field_theme() {
	$settings = recovery_widgets_settings();
	$choices  = array(
		'auto'  => __( 'Follow the page (auto)', 'recovery-widgets' ),
		'light' => __( 'Light', 'recovery-widgets' ),
		'dark'  => __( 'Dark', 'recovery-widgets' ),
	);
	printf( '<select id="recovery-widgets-theme" name="%s[theme]">', esc_attr( RECOVERY_WIDGETS_OPTION ) );
	foreach ( $choices as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['theme'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

function recovery_widgets_field_crisis_lines() {
	$settings = recovery_widgets_settings();
	printf(
		'<textarea id="recovery-widgets-crisis-lines" name="%1$s[crisis_lines]" rows="3" class="large-text code" aria-describedby="recovery-widgets-crisis-lines-help">%2$s</textarea>',
		esc_attr( RECOVERY_WIDGETS_OPTION ),
		esc_textarea( $settings['crisis_lines'] )
	);
	echo '<p class="description" id="recovery-widgets-crisis-lines-help">' . esc_html__( 'One a line: name | phone, e.g. “988 Suicide & Crisis Lifeline | 988”. Empty: the US 988 Lifeline and SAMHSA Helpline. Shown with the milestone counter and the stories.', 'recovery-widgets' ) . '</p>';
	printf(
		'<p><label><input type="checkbox" name="%1$s[no_crisis]" value="1"%2$s /> %3$s</label></p>',
		esc_attr( RECOVERY_WIDGETS_OPTION ),
		checked( $settings['no_crisis'], true, false ),
		esc_html__( 'Show no crisis lines', 'recovery-widgets' )
	);
}

function recovery_widgets_add_settings_page() {
	add_options_page(
		__( 'Recovery widgets', 'recovery-widgets' ),
		__( 'Recovery widgets', 'recovery-widgets' ),
		'manage_options',
		'recovery-widgets',
		'recovery_widgets_render_settings_page'
	);
}

function recovery_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'These settings reach every meetings, events, milestone and stories block and shortcode on the site; a block needs only its own options.', 'recovery-widgets' ) . '</p>';
	settings_errors( RECOVERY_WIDGETS_OPTION );
	echo '<form action="options.php" method="post">';
	settings_fields( 'recovery_widgets' );
	do_settings_sections( 'recovery-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The row's links.
 */
function recovery_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=recovery-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'recovery-widgets' ) . '</a>' );
	return $links;
}
