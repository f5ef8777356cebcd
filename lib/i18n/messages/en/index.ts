import common from './common.json';
import errors from './errors.json';
import validation from './validation.json';
import home from './home.json';
import auth from './auth.json';

export default { common, errors, validation, home, auth };
