"""Small reusable widgets: money/date formatting, MoneyEdit, validated line edits."""
