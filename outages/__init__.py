"""What a reader sees when something fails: the site's own translated error pages (400, 403, 413, 500, and the
503 of a database outage), and a query string no person writes turned away before it reaches the database."""
