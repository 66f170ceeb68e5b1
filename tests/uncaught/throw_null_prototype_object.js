const bare = Object.create(null);
bare.x = 1;
throw bare;
