/** Two meetings in the Meeting Guide format, given to `<recovery-meetings>` as a property (an array, not an attribute). */
export const MEETINGS = [
  {
    slug: 'harbor-light-evening',
    name: 'Harbor Light Evening Group',
    day: [0, 1, 2, 3, 4, 5, 6],
    time: '19:00',
    end_time: '20:00',
    types: ['O', 'D'],
    location: 'Harbor Light Community Hall',
    formatted_address: '210 Wharf Street, Lewes, DE 19958',
    latitude: 38.7745,
    longitude: -75.1393,
  },
  {
    slug: 'sunrise-online',
    name: 'Sunrise Online Meeting',
    day: [0, 1, 2, 3, 4, 5, 6],
    time: '07:00',
    end_time: '08:00',
    types: ['O', 'ONL'],
    conference_url: 'https://meet.example.org/sunrise',
  },
];
