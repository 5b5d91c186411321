/**
 * Reference data every feature shares, shipped as data files: industries (GB/T 4754-2017),
 * occupations and trades (中华人民共和国职业分类大典 2022) with their Chinese and English names and
 * pinyin, and the API that serves them with the GB/T 2260 regions. The root package is the
 * feature's API: {@link org.fugong.reference.Taxonomy} names, searches and checks industry and skill codes.
 */
package org.fugong.reference;
