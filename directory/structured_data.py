"""schema.org Organization data for an actor's page."""

from home.plain_text import html_to_text


def organization_structured_data(actor, municipality, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": actor.name,
        "url": actor.get_full_url(request),
        "description": html_to_text(actor.description),
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": municipality.title,
            "identifier": municipality.code,
        },
        "knowsLanguage": [language.code for language in actor.languages.all()],
        "address": {
            "@type": "PostalAddress",
            "streetAddress": actor.address,
            "postalCode": actor.postcode,
            "addressLocality": actor.city,
            "addressCountry": "DK",
        },
    }
    if actor.phone:
        data["telephone"] = actor.phone
    if actor.email:
        data["email"] = actor.email
    if actor.website:
        data["sameAs"] = [actor.website]
    return data
