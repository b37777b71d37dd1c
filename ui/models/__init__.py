"""Qt item models over plain rows from the services; big lists load lazily."""
