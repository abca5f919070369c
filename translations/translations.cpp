// kassa_translations holds the compiled Swedish and English strings as the
// :/i18n resource; this file only gives the library a translation unit.
namespace kassa {
int translationsLinked = 1;
} // namespace kassa
