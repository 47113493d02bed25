CREATE TABLE artist (
  artist_id SERIAL PRIMARY KEY,
  name VARCHAR(120)
);
CREATE TABLE genre (
  genre_id SERIAL PRIMARY KEY,
  name VARCHAR(120)
);
CREATE TABLE media_type (
  media_type_id SERIAL PRIMARY KEY,
  name VARCHAR(120)
);
CREATE TABLE album (
  album_id SERIAL PRIMARY KEY,
  title VARCHAR(160) NOT NULL,
  artist_id INT NOT NULL REFERENCES artist (artist_id)
);
CREATE TABLE track (
  track_id SERIAL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  album_id INT REFERENCES album (album_id),
  media_type_id INT NOT NULL REFERENCES media_type (media_type_id),
  genre_id INT REFERENCES genre (genre_id),
  composer VARCHAR(220),
  milliseconds INT NOT NULL,
  bytes INT,
  unit_price NUMERIC(10,2) NOT NULL
);
