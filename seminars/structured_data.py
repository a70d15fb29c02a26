"""schema.org Event data for a seminar page, so search engines and calendars understand it."""

from home.plain_text import field_text
from languages.locales import locale_of

EVENT_STATUS = {
    "planned": "https://schema.org/EventScheduled",
    "full": "https://schema.org/EventScheduled",
    "held": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
}


def event_structured_data(seminar, municipality, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": seminar.title,
        "description": field_text(seminar, "intro"),
        "startDate": seminar.start.isoformat(),
        "endDate": seminar.end.isoformat(),
        "eventStatus": EVENT_STATUS.get(seminar.status, EVENT_STATUS["planned"]),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": locale_of(seminar).language_code,
        "url": seminar.get_full_url(request),
        "location": {
            "@type": "Place",
            "name": seminar.venue,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": seminar.address,
                "postalCode": seminar.postcode,
                "addressLocality": seminar.city,
                "addressRegion": municipality.title,
                "addressCountry": "DK",
            },
        },
        "organizer": {"@type": "Organization", "name": seminar.organiser},
    }
    if seminar.capacity:
        data["maximumAttendeeCapacity"] = seminar.capacity
    return data
