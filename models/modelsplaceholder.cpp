// Item models live here.
