/** 2025 administrative units (34 provinces, 3,321 communes and wards). */
export {};
